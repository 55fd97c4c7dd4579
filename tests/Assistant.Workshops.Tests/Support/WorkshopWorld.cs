using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Hosting;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Workshops.Tests.Support;

/// <summary>
/// The bot with the real flows, texts and this feature's wiring (<c>AddWorkshops</c>), on in-memory
/// stores, a fake clock and a messenger that records what would go out. Several participants talk to
/// the same engine; the scheduler's due jobs run when a test says so.
/// </summary>
internal sealed class WorkshopWorld : TestWorld
{
    public const long StaffUserId = 900;

    private static readonly Lazy<WorkshopCatalog> TestCatalog = new(() =>
        WorkshopCatalog.Load(TestContent, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin")));

    private static readonly Lock OwnFlowsLock = new();
    private static (IReadOnlyList<FlowDefinition> Flows, EngineSettings Settings)? _ownFlows;

    public WorkshopWorld(
        IDictionary<string, string?>? settings = null,
        IScheduledJobStore? jobs = null,
        IRegistrationStore? registrations = null,
        DateTimeOffset? now = null)
        : base(now)
    {
        var all = Settings(
            new()
            {
                ["Dialogs:FlowsPath"] = Repo.Dialogs,
                ["Dialogs:LocalizationPath"] = Repo.Localization,
                ["Workshops:ContentPath"] = TestContent,
                ["Staff:Admins:0"] = StaffUserId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            settings);

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        var services = NewServices()
            .AddSingleton<IConversationStore, InMemoryConversationStore>()
            .AddSingleton<IUserProfileStore, InMemoryUserProfileStore>()
            .AddSingleton(jobs ?? new InMemoryScheduledJobStore())
            .AddSingleton<IStaffStore, InMemoryStaffStore>()
            .AddSingleton(registrations ?? new InMemoryRegistrationStore())
            .AddSingleton<IAppointmentStore, InMemoryAppointmentStore>()
            .AddSingleton<IUserMessenger>(Messenger)
            .AddDialogs(configuration)
            .AddScheduling(configuration)
            .AddStaffDirectory(configuration)
            .AddWorkshops(configuration);

        // Files are read once per test run: the last registration of a service is the one resolved.
        services.AddSingleton(Texts);
        if (all["Workshops:ContentPath"] == TestContent)
        {
            services.AddSingleton(TestCatalog.Value);
        }

        var (flows, engineSettings) = OwnFlows(services);
        services.AddSingleton(sp => new FlowRegistry(flows, sp.GetServices<IFlowActions>(), engineSettings, Texts));

        Build(services, new ServiceProviderOptions { ValidateOnBuild = true });
        Scheduler = Get<JobScheduler>();
    }

    /// <summary>Workshops and counselling with dates around the tests' fake clock (24 Nov 2026, 11:00 in Berlin).</summary>
    public static string TestContent => Path.Combine(AppContext.BaseDirectory, "TestContent");

    public JobScheduler Scheduler { get; }

    public RegistrationService Registrations => Services.GetRequiredService<RegistrationService>();

    public AppointmentService Appointments => Services.GetRequiredService<AppointmentService>();

    public WorkshopCatalog Catalog => Services.GetRequiredService<WorkshopCatalog>();

    public Presentation.WorkshopMessages Messages => Services.GetRequiredService<Presentation.WorkshopMessages>();

    public IScheduledJobStore Jobs => Services.GetRequiredService<IScheduledJobStore>();

    /// <summary>A participant who chose <paramref name="language"/> and gave consent, at the main menu.</summary>
    public async Task<Participant> ParticipantAsync(long userId, string language = "de", bool consent = true)
    {
        await Services.GetRequiredService<IUserProfileStore>().SaveAsync(new UserProfile
        {
            UserId = userId,
            Language = language,
            Consent = consent ? ConsentDecision.Given : ConsentDecision.NotAsked,
            FirstSeenAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        var participant = new Participant(this, userId, language);
        await participant.SendAsync("/menu");
        return participant;
    }

    /// <summary>Moves the clock to <paramref name="instant"/> in steps, running due jobs at each step like the loop.</summary>
    public async Task AdvanceToAsync(DateTimeOffset instant, TimeSpan? step = null)
    {
        var by = step ?? TimeSpan.FromMinutes(15);
        while (Clock.GetUtcNow() < instant)
        {
            var next = Clock.GetUtcNow() + by;
            Clock.SetUtcNow(next < instant ? next : instant);
            await RunDueJobsAsync();
        }
    }

    public Task AdvanceAsync(TimeSpan by) => AdvanceToAsync(Clock.GetUtcNow() + by);

    /// <summary>A session of the test content; its registrations key.</summary>
    public (Workshop Workshop, WorkshopSession Session) Session(string workshopId, string sessionId) =>
        Catalog.FindSession(workshopId, sessionId) ?? throw new InvalidOperationException($"No session {workshopId}/{sessionId} in the test content.");

    public RegistrationRequest Request(string workshopId, string sessionId, long userId, string name = "Amina") =>
        new(workshopId, sessionId, userId, name, null, "de", new RegistrationNeeds());

    /// <summary>The real flows of the core and of this feature (<see cref="Testing.OwnFlows"/>), read once for all tests.</summary>
    private static (IReadOnlyList<FlowDefinition> Flows, EngineSettings Settings) OwnFlows(IServiceCollection services)
    {
        lock (OwnFlowsLock)
        {
            return _ownFlows ??= Testing.OwnFlows.Read(services);
        }
    }
}
