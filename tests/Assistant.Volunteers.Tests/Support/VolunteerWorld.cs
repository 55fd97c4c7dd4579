using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Extensions;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SchedulingClock = Assistant.Core.Scheduling.Clock;

namespace Assistant.Volunteers.Tests.Support;

/// <summary>
/// The bot without a channel: the host's own service list (real flows, texts, handlers, LiteDB on a
/// temporary file), a fake clock, and recorders in place of the channel's messenger and staff chats.
/// Users talk to it through <see cref="Participant"/>; time moves with <see cref="AdvanceToAsync"/>.
/// </summary>
internal sealed class VolunteerWorld : TestWorld
{
    public const long StaffId = 900;
    public const long CoordinatorsChatId = -1002;

    public VolunteerWorld(IDictionary<string, string?>? settings = null)
    {
        var all = Settings(
            new()
            {
                ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
                ["Dialogs:FlowsPath"] = Repo.Dialogs,
                ["Dialogs:LocalizationPath"] = Repo.Localization,
                ["Volunteers:ContentPath"] = ShiftsFolder,
            },
            settings);

        var services = NewServices().AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        // The texts are read-only once loaded; one copy for all tests keeps the suite fast.
        services.AddSingleton(Texts);
        services.AddSingleton<IUserMessenger>(Messenger);
        services.AddSingleton<IStaffChats>(StaffChats);
        Build(services);
    }

    /// <summary>The sample shifts of the repository's content.</summary>
    public static string ShiftsFolder => Path.Combine(Repo.Content, "shifts");

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public RecordingStaffChats StaffChats { get; } = new();

    public ShiftBoard Board => Get<ShiftBoard>();

    public ISignupStore Signups => Get<ISignupStore>();

    public IShiftStore Shifts => Get<IShiftStore>();

    public IVolunteerStore Volunteers => Get<IVolunteerStore>();

    public IScheduledJobStore Jobs => Get<IScheduledJobStore>();

    /// <summary>A local time in Berlin as an instant.</summary>
    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int year = 2026) =>
        SchedulingClock.ToInstant(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Berlin);

    public Participant Chat(long userId, string? clientLanguage = "de") => new(this, userId, clientLanguage);

    /// <summary>Someone who went through onboarding and agreed; their next message lands in the main menu.</summary>
    public async Task<Participant> ParticipantAsync(long userId, string language = "de")
    {
        var chat = Chat(userId, language);
        await chat.OnboardAsync();
        return chat;
    }

    public async Task<Participant> StaffAsync(long userId = StaffId)
    {
        await Get<IStaffStore>().SaveAsync(new StaffMember { UserId = userId, DisplayName = "Coordinator", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        return await ParticipantAsync(userId);
    }

    /// <summary>A volunteer with a complete profile, as if they had joined through an invitation.</summary>
    public async Task<Participant> VolunteerAsync(long userId, string name, string[] languages, string[] kinds, string language = "de")
    {
        var chat = await ParticipantAsync(userId, language);
        await Volunteers.SaveAsync(new VolunteerProfile { UserId = userId, Name = name, Languages = languages, Kinds = kinds, JoinedAt = Clock.GetUtcNow() }, CancellationToken.None);
        return chat;
    }

    public async Task<Shift> ShiftAsync(string id, DateTimeOffset start, int needed = 2, string kind = "language_cafe", string? language = null, double hours = 2)
    {
        var shift = new Shift
        {
            Id = id,
            Title = "Sprachcafé: Gastgeberin",
            Kind = kind,
            Start = start,
            End = start.AddHours(hours),
            Place = "Stadtbibliothek, Schulstraße 7",
            Needed = needed,
            Language = language,
        };
        await Board.SaveShiftAsync(shift, CancellationToken.None);
        return shift;
    }

    /// <summary>Moves the clock forward to <paramref name="moment"/> and runs the jobs due by then.</summary>
    public async Task<int> AdvanceToAsync(DateTimeOffset moment)
    {
        Clock.SetUtcNow(moment);
        return await RunDueJobsAsync();
    }

    /// <summary>Someone in the coordinators' chat presses a button or types a command.</summary>
    public Task<OutgoingMessage?> InCoordinatorsChatAsync(long fromUserId, string payload) =>
        Get<IStaffChatHandler>().HandleAsync(new StaffChatMessage { ChatId = CoordinatorsChatId, FromUserId = fromUserId, ButtonPayload = payload }, CancellationToken.None);

    public async Task<UserProfile?> ProfileAsync(long userId) => await Get<IUserProfileStore>().GetAsync(userId, CancellationToken.None);
}
