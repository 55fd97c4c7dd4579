using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tickets;
using Assistant.LocalChat;
using Assistant.StaffConsole.Tickets;
using Assistant.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.StaffConsole.Tests.Support;

/// <summary>
/// The real host (local chat, no Telegram) on a temporary data file and a free loopback port, with a team: an
/// admin (900), a counsellor (901, staff and anti-discrimination) and a social worker (902, staff only).
/// </summary>
internal sealed partial class ConsoleHost : IAsyncDisposable
{
    public const long Admin = 900;
    public const long Counsellor = 901;
    public const long SocialWorker = 902;
    public const long Participant = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly string Key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    private ConsoleHost(WebApplication app) => App = app;

    public WebApplication App { get; }

    public IServiceProvider Services => App.Services;

    public Uri BaseAddress => new(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    public static async Task<ConsoleHost> StartAsync()
    {
        var app = AssistantApp.Build([], b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:LiteDb:Path"] = Repo.NewDataFile(),
            ["LocalChat:Url"] = "http://127.0.0.1:0",
            ["Handoff:EncryptionKey"] = Key,
            ["Staff:Admins:0"] = Admin.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Staff:Language"] = "en",
            ["Logging:LogLevel:Default"] = "Warning",
            ["Offers:WatchForChanges"] = "false",
            ["Workshops:WatchForChanges"] = "false",
        }));
        await app.StartAsync();
        var host = new ConsoleHost(app);
        var staff = host.Get<IStaffStore>();
        await staff.SaveAsync(new StaffMember { UserId = Counsellor, DisplayName = "Petra Berger", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination } }, CancellationToken.None);
        await staff.SaveAsync(new StaffMember { UserId = SocialWorker, DisplayName = "Sam Weber", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        var profiles = host.Get<IUserProfileStore>();
        await profiles.SaveAsync(new UserProfile { UserId = Participant, Language = "ar", Consent = ConsentDecision.Given }, CancellationToken.None);
        foreach (var member in new[] { Admin, Counsellor, SocialWorker })
        {
            await profiles.SaveAsync(new UserProfile { UserId = member, Language = "en", Consent = ConsentDecision.Given }, CancellationToken.None);
        }

        return host;
    }

    /// <summary>A text of the console in the staff language (en here), or in <paramref name="language"/>.</summary>
    public string Texts(string key, string language = "en", params (string Name, string Value)[] values) =>
        Get<Assistant.Core.Localization.TextCatalog>().Get(language, key, values.ToDictionary(v => v.Name, v => v.Value));

    public T Get<T>()
        where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>A discrimination report of the participant, opened as the bot opens it, with its topic in the (local) staff chat.</summary>
    public Task<HandoffTicket> OpenReportAsync(string description) =>
        OpenAsync(TicketKind.DiscriminationReport, new TicketContent { Report = new ReportContent { Description = description, Area = "housing", Consent = true, ContactWay = "chat" } });

    public Task<HandoffTicket> OpenRequestAsync(string topic) =>
        OpenAsync(TicketKind.PersonRequest, new TicketContent { Topic = topic });

    public string TicketPath(string ticketId) => "/console/tickets/" + Uri.EscapeDataString(Get<TicketLinks>().Key(ticketId));

    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(string ticketId) => await Get<IAuditLog>().ForTicketAsync(ticketId, CancellationToken.None);

    /// <summary>What the bot sent the participant since last asked (the local chat keeps it for the page).</summary>
    public IReadOnlyList<string> ParticipantReceived() => Get<LocalMessenger>().TakeWaiting(Participant).Select(m => m.Text).ToList();

    /// <summary>Writes <paramref name="text"/> in the user's chat with the bot (the local chat's API) and returns the bot's replies.</summary>
    public async Task<IReadOnlyList<string>> ChatAsync(long userId, string text)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var response = await http.PostAsJsonAsync($"/api/chat/{userId}", new { text, language = "en" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ChatResponse>(Json))!.Messages.Select(m => m.Text).ToList();
    }

    /// <summary>The sign-in link the bot sends for <c>/console</c>.</summary>
    public async Task<string> ConsoleLinkAsync(long userId) =>
        SignInLink().Match(string.Join("\n", await ChatAsync(userId, "/console"))).Value;

    /// <summary>A browser-like client: keeps cookies, does not follow redirects, so tests see them.</summary>
    public HttpClient Client(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    /// <summary>Signs <paramref name="staffUserId"/> in by a fresh link, as the /console command would send it.</summary>
    public async Task<HttpClient> SignedInAsync(long staffUserId)
    {
        var client = Client();
        var token = Get<SignIn.SignInLinks>().Create(staffUserId);
        var form = await client.GetStringAsync("/console/signin?t=" + token);
        var response = await client.PostAsync("/console/signin", Form(form, ("t", token)));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A form post with the antiforgery token of the page it came from.</summary>
    public static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", AntiforgeryToken(page))));

    public static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(TokenField().Match(page).Groups[1].Value);

    public static string Version(string page) => WebUtility.HtmlDecode(VersionField().Match(page).Groups[1].Value);

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }

    private async Task<HandoffTicket> OpenAsync(TicketKind kind, TicketContent content)
    {
        var ticket = await Get<TicketDesk>().OpenAsync(Participant, "ar", kind, content, CancellationToken.None);
        // The topic is opened by a job after the turn; the console's answers go through it like Telegram's.
        var store = Get<ITicketStore>();
        for (var waited = TimeSpan.Zero; waited < TimeSpan.FromSeconds(30); waited += TimeSpan.FromMilliseconds(50))
        {
            if (await store.GetAsync(ticket.Id, CancellationToken.None) is { Post: not null } announced)
            {
                return announced;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"{ticket.Id} was not announced in the staff chat.");
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/console/signin\?t=[A-Za-z0-9_-]+")]
    private static partial Regex SignInLink();

    private sealed record ChatResponse(IReadOnlyList<ChatMessage> Messages);

    private sealed record ChatMessage(string Text);

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"version\" value=\"([^\"]+)\"")]
    private static partial Regex VersionField();
}
