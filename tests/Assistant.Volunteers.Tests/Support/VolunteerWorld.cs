using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Extensions;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using SchedulingClock = Assistant.Core.Scheduling.Clock;

namespace Assistant.Volunteers.Tests.Support;

/// <summary>
/// The bot without a channel: the host's own service list (real flows, texts, handlers, LiteDB on a
/// temporary file), a fake clock, and recorders in place of the channel's messenger and staff chats.
/// Users talk to it through <see cref="Chat"/>; time moves with <see cref="AdvanceToAsync"/>.
/// </summary>
internal sealed class VolunteerWorld : IDisposable
{
    public const long StaffId = 900;
    public const long CoordinatorsChatId = -1002;

    private static readonly Lazy<TextCatalog> RealTexts = new(() => TextCatalog.LoadFolder(Repo.Localization));
    private readonly string _folder = Directory.CreateTempSubdirectory("assistant-volunteers-").FullName;
    private readonly ServiceProvider _services;

    public VolunteerWorld(IDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Path.Combine(_folder, "assistant.db"),
            ["Dialogs:FlowsPath"] = Repo.Dialogs,
            ["Dialogs:LocalizationPath"] = Repo.Localization,
            ["Volunteers:ContentPath"] = Repo.Shifts,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        // The texts are read-only once loaded; one copy for all tests keeps the suite fast.
        services.AddSingleton(Texts);
        services.AddSingleton<IUserMessenger>(Messenger);
        services.AddSingleton<IStaffChats>(StaffChats);
        _services = services.BuildServiceProvider();
    }

    /// <summary>Tuesday 24 November 2026, 11:00 in Berlin.</summary>
    public static DateTimeOffset Beginning { get; } = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static TextCatalog Texts => RealTexts.Value;

    public static TimeZoneInfo Berlin { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public FakeTimeProvider Clock { get; } = new(Beginning);

    public RecordingMessenger Messenger { get; } = new();

    public RecordingStaffChats StaffChats { get; } = new();

    public IServiceProvider Services => _services;

    public DialogEngine Engine => Get<DialogEngine>();

    public ShiftBoard Board => Get<ShiftBoard>();

    public ISignupStore Signups => Get<ISignupStore>();

    public IShiftStore Shifts => Get<IShiftStore>();

    public IVolunteerStore Volunteers => Get<IVolunteerStore>();

    public IScheduledJobStore Jobs => Get<IScheduledJobStore>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static string T(string language, string key, params (string Name, string Value)[] values) =>
        Texts.Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    /// <summary>A local time in Berlin as an instant.</summary>
    public static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int year = 2026) =>
        SchedulingClock.ToInstant(new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified), Berlin);

    public Chat Chat(long userId, string? clientLanguage = "de") => new(this, userId, clientLanguage);

    /// <summary>Someone who went through onboarding and agreed; their next message lands in the main menu.</summary>
    public async Task<Chat> ParticipantAsync(long userId, string language = "de")
    {
        var chat = Chat(userId, language);
        await chat.SendAsync("/start");
        await chat.PressAsync(T(language, "onboarding.keep_language"));
        await chat.PressAsync(T(language, "onboarding.agree"));
        return chat;
    }

    public async Task<Chat> StaffAsync(long userId = StaffId)
    {
        await Get<IStaffStore>().SaveAsync(new StaffMember { UserId = userId, DisplayName = "Coordinator", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        return await ParticipantAsync(userId);
    }

    /// <summary>A volunteer with a complete profile, as if they had joined through an invitation.</summary>
    public async Task<Chat> VolunteerAsync(long userId, string name, string[] languages, string[] kinds, string language = "de")
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
        return await RunJobsAsync();
    }

    public async Task<int> RunJobsAsync()
    {
        var ran = 0;
        int batch;
        while ((batch = await Get<JobScheduler>().RunDueAsync(CancellationToken.None)) > 0)
        {
            ran += batch;
        }

        return ran;
    }

    /// <summary>Someone in the coordinators' chat presses a button or types a command.</summary>
    public Task<OutgoingMessage?> InCoordinatorsChatAsync(long fromUserId, string payload) =>
        Get<IStaffChatHandler>().HandleAsync(new StaffChatMessage { ChatId = CoordinatorsChatId, FromUserId = fromUserId, ButtonPayload = payload }, CancellationToken.None);

    public async Task<UserProfile?> ProfileAsync(long userId) => await Get<IUserProfileStore>().GetAsync(userId, CancellationToken.None);

    public void Dispose()
    {
        _services.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The temp folder is cleaned by the system.
        }
    }
}
