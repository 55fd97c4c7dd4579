using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Extensions;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Handoff.Tests.Support;

/// <summary>
/// The bot as the host builds it (<c>AddAssistant</c>: real flows, texts, LiteDB on a temporary file), with
/// the channel replaced by recorders: staff chats keep their posts, proactive messages are kept per user.
/// Participants talk to the engine; staff write into the staff chats through the real router.
/// </summary>
internal sealed class HandoffWorld : TestWorld
{
    public const long Admin = 900;
    public const long Counsellor = 901;
    public const long SocialWorker = 902;
    public const long Stranger = 903;

    /// <summary>A fixed test key (32 bytes); production keys come from configuration only.</summary>
    public static readonly string TestKey = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    /// <param name="settings">Settings on top of the world's own.</param>
    /// <param name="staffChats">Wraps the recorded staff chats, to make them behave like a chat that fails or asks to wait.</param>
    /// <param name="services">Replaces more of the channel, such as the files a user sent.</param>
    public HandoffWorld(IDictionary<string, string?>? settings = null, Func<RecordingStaffChats, IStaffChats>? staffChats = null, Action<IServiceCollection>? services = null)
    {
        DataFile = Repo.NewDataFile();
        var all = Settings(
            new()
            {
                ["Storage:LiteDb:Path"] = DataFile,
                ["Dialogs:FlowsPath"] = Repo.Dialogs,
                ["Dialogs:LocalizationPath"] = Repo.Localization,
                ["Handoff:EncryptionKey"] = TestKey,
                ["Staff:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture),
            },
            settings);

        var collection = NewServices()
            .AddAssistant(new ConfigurationBuilder().AddInMemoryCollection(all).Build())
            .AddSingleton(Texts)
            .AddSingleton<IUserMessenger>(Messenger)
            .AddSingleton<IStaffChats>(staffChats?.Invoke(StaffChats) ?? StaffChats);
        services?.Invoke(collection);
        Build(collection);
        Staff = Get<IStaffChatHandler>();
    }

    public string DataFile { get; }

    public RecordingStaffChats StaffChats { get; } = new();

    public IStaffChatHandler Staff { get; }

    public ITicketStore Tickets => Services.GetRequiredService<ITicketStore>();

    public IAuditLog Audit => Services.GetRequiredService<IAuditLog>();

    public IConversationStore Conversations => Services.GetRequiredService<IConversationStore>();

    /// <summary>Staff (<see cref="Admin"/> from configuration; a counsellor and a social worker in the store).</summary>
    public async Task<HandoffWorld> WithStaffAsync()
    {
        var store = Services.GetRequiredService<IStaffStore>();
        await store.SaveAsync(new StaffMember { UserId = Counsellor, DisplayName = "Selin", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination } }, CancellationToken.None);
        await store.SaveAsync(new StaffMember { UserId = SocialWorker, DisplayName = "Jonas", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        return this;
    }

    /// <summary>A participant who chose <paramref name="language"/> and gave consent, at the main menu.</summary>
    public async Task<Participant> ParticipantAsync(long userId, string language = "de")
    {
        await Services.GetRequiredService<IUserProfileStore>().SaveAsync(new UserProfile
        {
            UserId = userId,
            Language = language,
            Consent = ConsentDecision.Given,
            FirstSeenAt = Clock.GetUtcNow(),
        }, CancellationToken.None);
        var participant = new HandoffParticipant(this, userId, language);
        await participant.SendAsync("/menu");
        return participant;
    }

    /// <summary>A staff member (or anyone) writes in a staff chat, in a topic or in the chat itself.</summary>
    public Task<OutgoingMessage?> StaffWritesAsync(long userId, string firstName, StaffChatKind chat, int? topic, string text, IReadOnlyList<Attachment>? files = null) =>
        Staff.HandleAsync(
            new StaffChatMessage { ChatId = RecordingStaffChats.ChatOf(chat), TopicId = topic, FromUserId = userId, FromFirstName = firstName, Text = text, Attachments = files ?? [] },
            CancellationToken.None);

    /// <summary>A staff member presses a button under a staff post.</summary>
    public Task<OutgoingMessage?> StaffPressesAsync(long userId, string firstName, StaffPost post, Button button) =>
        Staff.HandleAsync(
            new StaffChatMessage { ChatId = post.ChatId, TopicId = post.TopicId, FromUserId = userId, FromFirstName = firstName, ButtonPayload = button.Payload },
            CancellationToken.None);

    public async Task<HandoffTicket> TicketAsync(string id) =>
        await Tickets.GetAsync(id, CancellationToken.None) ?? throw new InvalidOperationException("No ticket " + id);

    public async Task AdvanceAsync(TimeSpan by)
    {
        Clock.Advance(by);
        await RunDueJobsAsync();
    }
}

/// <summary>
/// A participant whose turns are followed by the jobs they made due, as the running scheduler (woken by the
/// booking) does at once: a new ticket is posted to its staff chat by such a job, outside the turn.
/// </summary>
internal sealed class HandoffParticipant(HandoffWorld world, long userId, string language) : Participant(world, userId, language)
{
    public override async Task<TurnResult> SendAsync(IncomingMessage message)
    {
        var result = await base.SendAsync(message);
        await world.RunDueJobsAsync();
        return result;
    }
}
