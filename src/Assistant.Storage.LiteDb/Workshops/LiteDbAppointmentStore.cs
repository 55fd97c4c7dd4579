using Assistant.Workshops.Appointments;
using LiteDB;

namespace Assistant.Storage.LiteDb.Workshops;

/// <summary>
/// Appointments with slot, user and status as indexed fields, and the slots staff added. "Is the slot
/// free?" and the booking happen under one lock, so a slot never gets two people.
/// </summary>
public sealed class LiteDbAppointmentStore : IAppointmentStore
{
    private readonly ILiteCollection<BsonDocument> _appointments;
    private readonly ILiteCollection<BsonDocument> _slots;
    private readonly Lock _lock = new();

    public LiteDbAppointmentStore(AssistantDatabase db)
    {
        _appointments = db.Collection("appointments");
        _appointments.EnsureIndex("slot");
        _appointments.EnsureIndex("user");
        _appointments.EnsureIndex("status");
        _appointments.EnsureIndex("ends");
        _slots = db.Collection("appointment_slots");
    }

    public Task<bool> TryBookAsync(Appointment appointment, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_lock)
        {
            if (_appointments.Exists(Query.And(Query.EQ("slot", appointment.SlotId), Query.EQ("status", nameof(AppointmentStatus.Booked)))))
            {
                return Task.FromResult(false);
            }

            _appointments.Insert(ToDocument(appointment));
            return Task.FromResult(true);
        }
    }

    public Task<Appointment?> GetAsync(string id, CancellationToken cancellationToken)
    {
        var doc = _appointments.FindById(id);
        return Task.FromResult(doc is null ? null : ToAppointment(doc));
    }

    public Task<Appointment?> ChangeAsync(string id, Func<Appointment, Appointment?> change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_appointments.FindById(id) is not { } doc || change(ToAppointment(doc)) is not { } changed)
            {
                return Task.FromResult<Appointment?>(null);
            }

            _appointments.Update(ToDocument(changed));
            return Task.FromResult<Appointment?>(changed);
        }
    }

    public Task<IReadOnlyList<Appointment>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Appointment>>(_appointments.Find(Query.EQ("user", userId)).Select(ToAppointment).OrderBy(a => a.Start).ToList());

    public Task<IReadOnlySet<string>> BookedSlotIdsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>>(_appointments.Find(Query.EQ("status", nameof(AppointmentStatus.Booked))).Select(d => d["slot"].AsString).ToHashSet());

    public Task<bool> TryAddSlotAsync(AppointmentSlot slot, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_slots.FindById(slot.Id) is not null)
            {
                return Task.FromResult(false);
            }

            _slots.Insert(StorageJson.Document(slot.Id, slot, "slot"));
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<AppointmentSlot>> AddedSlotsAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AppointmentSlot>>(_slots.FindAll()
            .Select(d => StorageJson.Read<AppointmentSlot>(d, "slot"))
            .OrderBy(s => s.Start)
            .ToList());

    public Task<int> DeleteEndedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_appointments.DeleteMany(Query.LT("ends", cutoff.UtcTicks)));
        }
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_appointments.DeleteMany(Query.EQ("user", userId)));
        }
    }

    private static BsonDocument ToDocument(Appointment appointment) => new()
    {
        ["_id"] = appointment.Id,
        ["slot"] = appointment.SlotId,
        ["user"] = appointment.UserId is { } user ? new BsonValue(user) : BsonValue.Null,
        ["status"] = appointment.Status.ToString(),
        ["ends"] = appointment.End.UtcTicks,
        ["appointment"] = StorageJson.Write(appointment),
    };

    private static Appointment ToAppointment(BsonDocument doc) => StorageJson.Read<Appointment>(doc, "appointment");
}
