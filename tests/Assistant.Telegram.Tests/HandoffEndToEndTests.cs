using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Reporting discrimination through the real TelegramBotClient against the fake Bot API: the report, its
/// topic in the anti-discrimination supergroup, who may claim and read it, and the relay both ways.
/// </summary>
public sealed class HandoffEndToEndTests
{
    private const long Participant = 6101;
    private const long Counsellor = 6201;
    private const long SocialWorker = 6202;
    private const long Stranger = 6203;
    private const long GeneralChat = -1001000000001;
    private const long AdChat = -1001000000002;
    private const string Description = "صاحب البيت قال إنه لا يؤجر للأجانب. Marker-7731";

    [Fact]
    public async Task An_Arabic_report_becomes_a_topic_in_the_counselling_chat_only_and_the_relay_runs_until_close()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        await ReportAsync(host);

        var (chat, thread, name) = Assert.Single(fake.Topics);
        Assert.Equal((AdChat, "AD-2026-0001 · Meldung · ar"), (chat, name));
        Assert.Empty(fake.MessagesTo(GeneralChat));
        Assert.DoesNotContain(fake.TextsTo(AdChat), t => t.Contains("Marker-7731", StringComparison.Ordinal));

        fake.PressInGroup(Counsellor, "Selin", Announcement(fake), T("de", "tickets.claim_button"));
        await WaitForAsync(fake, Counsellor, t => t.Contains(Description, StringComparison.Ordinal), "the report, privately to the counsellor");
        await WaitForAsync(fake, Participant, t => t == T("ar", "handoff.claimed_named", ("ticket", "AD-2026-0001"), ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling"))), "the participant told who took the case");

        fake.SendInGroup(AdChat, Counsellor, "Selin", "Können Sie uns die Adresse der Wohnung schreiben?", thread);
        await WaitForAsync(fake, Participant, t => t == T("ar", "handoff.from_named", ("name", "Selin"), ("role", T("ar", "handoff.roles.counselling")), ("text", "Können Sie uns die Adresse der Wohnung schreiben?")), "the staff answer");

        fake.SendText(Participant, "شارع المحطة ١٢", "ar");
        await fake.WaitUntilAsync(f => f.TextsInTopic(AdChat, thread).Contains("👤 شارع المحطة ١٢"), what: "the participant's answer in the topic");

        fake.SendInGroup(AdChat, Counsellor, "Selin", "/close", thread);
        await WaitForAsync(fake, Participant, t => t == T("ar", "handoff.closed_by_staff", ("ticket", "AD-2026-0001")), "the participant told of the close");
        await fake.WaitUntilAsync(f => f.TextsInTopic(AdChat, thread).Contains(T("de", "tickets.closed", ("ticket", "AD-2026-0001"), ("name", "Selin"))), what: "the close noted in the topic");
        fake.SendText(Participant, "هل ما زلتم هنا؟", "ar");
        await WaitForAsync(fake, Participant, t => t == T("ar", "handoff.closed_already"), "the relay has ended");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);
        Assert.DoesNotContain(fake.TextsTo(AdChat), t => t.Contains("هل ما زلتم هنا؟", StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_Telegram_asks_to_wait_before_opening_the_topic_the_ticket_still_gets_its_topic()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        var asked = 0;
        fake.FailWith = call => call.Method == "createForumTopic" && Interlocked.Increment(ref asked) == 1 ? Fakes.FakeFailure.TooManyRequests(1) : null;

        await ReportAsync(host);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Equal(2, fake.CallsOf("createForumTopic").Count);
        var (_, thread, name) = Assert.Single(fake.Topics);
        Assert.Equal("AD-2026-0001 · Meldung · ar", name);
        Assert.Equal(fake.TextsTo(AdChat), fake.TextsInTopic(AdChat, thread));
    }

    [Fact]
    public async Task In_a_chat_without_topics_the_ticket_goes_into_the_chat_at_once()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        fake.FailWith = call => call.Method == "createForumTopic" ? new Fakes.FakeFailure(400, "Bad Request: the chat is not a forum") : null;

        await ReportAsync(host);
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        // Telegram's refusal is not retried: one call, no topic, the announcement in the chat itself.
        Assert.Single(fake.CallsOf("createForumTopic"));
        Assert.Empty(fake.Topics);
        Assert.Contains(fake.TextsTo(AdChat), t => t.Contains("AD-2026-0001", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_member_of_the_staff_chat_who_is_not_staff_cannot_claim()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        await ReportAsync(host);
        var thread = fake.Topics[0].ThreadId;

        var answered = fake.CallsOf("answerCallbackQuery").Count;
        fake.PressInGroup(Stranger, "Max", Announcement(fake), T("de", "tickets.claim_button"));
        fake.SendInGroup(AdChat, Stranger, "Max", "/claim", thread);
        fake.SendInGroup(AdChat, Stranger, "Max", "Ich kümmere mich darum!", thread);
        await fake.WaitUntilAsync(f => f.CallsOf("answerCallbackQuery").Count == answered + 1, what: "the press answered");
        // A marker after the stranger's messages: once the counsellor's claim is through, theirs were handled before it.
        fake.SendInGroup(AdChat, Counsellor, "Selin", "/claim", thread);
        await fake.WaitUntilAsync(f => f.TextsInTopic(AdChat, thread).Contains(T("de", "tickets.claimed_report", ("ticket", "AD-2026-0001"), ("name", "Selin"))), what: "the counsellor's claim");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Empty(fake.MessagesTo(Stranger));
        Assert.DoesNotContain(fake.TextsTo(Participant), t => t.Contains("Max", StringComparison.Ordinal) || t.Contains("kümmere", StringComparison.Ordinal));
        Assert.DoesNotContain(fake.TextsTo(AdChat), t => t.Contains("Max", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_staff_member_without_the_counselling_role_gets_no_content()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        await ReportAsync(host);
        var thread = fake.Topics[0].ThreadId;

        fake.PressInGroup(SocialWorker, "Jonas", Announcement(fake), T("de", "tickets.claim_button"));
        fake.SendInGroup(AdChat, SocialWorker, "Jonas", "/read AD-2026-0001", thread);
        fake.SendInGroup(AdChat, SocialWorker, "Jonas", "Hallo, ich bin Jonas.", thread);
        await fake.WaitUntilAsync(f => f.TextsTo(AdChat).Count(t => t == T("de", "tickets.report_role_needed")) == 3, what: "three refusals");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        Assert.Empty(fake.MessagesTo(SocialWorker));
        Assert.DoesNotContain(fake.TextsTo(Participant), t => t.Contains("Jonas", StringComparison.Ordinal));
        Assert.All(fake.CallsOf("sendMessage").Where(c => c.ChatId != Participant), c => Assert.DoesNotContain("Marker-7731", c.Text ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Whoever_joins_a_staff_chat_without_its_role_is_named_in_a_warning_there()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;

        fake.JoinGroup(AdChat, 900, (SocialWorker, "Jonas"), (Counsellor, "Selin"));
        fake.JoinGroup(GeneralChat, 900, (SocialWorker, "Jonas"), (Stranger, "Max"));
        await fake.WaitUntilAsync(f => f.TextsTo(AdChat).Count == 1 && f.TextsTo(GeneralChat).Count == 1, what: "a warning in each chat");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        // The social worker may read the general chat but not the counselling one; the counsellor may read both.
        Assert.Equal([T("de", "staff.joined_without_counselling_role", ("name", "Jonas"), ("id", "6202"))], fake.TextsTo(AdChat));
        Assert.Equal([T("de", "staff.joined_without_staff_role", ("name", "Max"), ("id", "6203"))], fake.TextsTo(GeneralChat));
    }

    [Fact]
    public async Task Groups_that_are_no_staff_chat_are_ignored()
    {
        await using var host = await StartWithStaffAsync();
        var fake = host.Fake;
        const long OtherGroup = -1001000000099;

        fake.SendInGroup(OtherGroup, 900, "Petra", "/addstaff 7001 staff");
        fake.SendInGroup(GeneralChat, 900, "Petra", "/addstaff 7002 staff");
        await fake.WaitUntilAsync(f => f.TextsTo(GeneralChat).Count == 1, what: "the admin's command in the staff chat answered");

        Assert.Empty(fake.MessagesTo(OtherGroup));
        var directory = host.Services.GetRequiredService<StaffDirectory>();
        Assert.False(await directory.IsStaffAsync(7001, CancellationToken.None));
        Assert.True(await directory.IsStaffAsync(7002, CancellationToken.None));
    }

    [Fact]
    public async Task The_data_file_does_not_contain_the_description_in_clear_text()
    {
        await using var fake = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-handoff-e2e-").FullName;
        try
        {
            await using (var host = await StartWithStaffAsync(fake, folder))
            {
                await ReportAsync(host);
                fake.SendText(Participant, "Noch ein Detail: Marker-5521", "ar");
                await WaitForAsync(fake, Participant, t => t == T("ar", "handoff.kept"), "the message kept for the counsellor");
            }

            var bytes = Directory.GetFiles(folder, "*.db").SelectMany(File.ReadAllBytes).ToArray();
            foreach (var secret in new[] { Description, "Marker-7731", "Marker-5521", JavaScriptEncoder.Default.Encode(Description) })
            {
                Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<TelegramTestHost> StartWithStaffAsync(FakeBotApi? fake = null, string? folder = null)
    {
        var host = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Handoff:EncryptionKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
                ["Telegram:StaffChats:General"] = GeneralChat.ToString(CultureInfo.InvariantCulture),
                ["Telegram:StaffChats:AntiDiscrimination"] = AdChat.ToString(CultureInfo.InvariantCulture),
                ["Staff:Admins:0"] = "900",
                // Fast lanes: these tests are about who gets what, not about Telegram's pace.
                ["Telegram:Sending:PrivateChatPerSecond"] = "200",
                ["Telegram:Sending:PrivateChatBurst"] = "50",
                ["Telegram:Sending:GroupPerMinute"] = "6000",
            },
            fake,
            folder);
        var staff = host.Services.GetRequiredService<IStaffStore>();
        await staff.SaveAsync(new StaffMember { UserId = Counsellor, DisplayName = "Selin", Roles = new HashSet<StaffRole> { StaffRole.Staff, StaffRole.AntiDiscrimination } }, CancellationToken.None);
        await staff.SaveAsync(new StaffMember { UserId = SocialWorker, DisplayName = "Jonas", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        await host.Services.GetRequiredService<IUserProfileStore>().SaveAsync(
            new UserProfile { UserId = Participant, Language = "ar", Consent = ConsentDecision.Given }, CancellationToken.None);
        return host;
    }

    /// <summary>An Arabic-speaking participant reports anonymously, from the menu to the case number.</summary>
    private static async Task ReportAsync(TelegramTestHost host)
    {
        var fake = host.Fake;
        fake.SendText(Participant, "/menu", "ar");
        await WaitForAsync(fake, Participant, t => t == T("ar", "menu.prompt"), "the menu");
        await PressAsync(fake, "menu.report", "report.safety_question");
        await PressAsync(fake, "report.not_in_danger", "report.ask_contact");
        await PressAsync(fake, "report.anonymous", "report.ask_grounds");
        await PressAsync(fake, "report.grounds.ethnic", "report.more_grounds");
        await PressAsync(fake, "report.grounds_done", "report.ask_area");
        await PressAsync(fake, "report.areas.housing", "report.ask_when");
        await PressAsync(fake, "report.when_yesterday", "report.ask_description");
        fake.SendText(Participant, Description, "ar");
        await WaitForAsync(fake, Participant, t => t == T("ar", "report.ask_files"), "the question for files");
        await PressAsync(fake, "report.files_done", "report.ask_wish");
        await PressAsync(fake, "report.wishes.advice", "report.ask_consent");
        await PressAsync(fake, "report.consent_yes", "report.confirm");
        await PressAsync(fake, "report.send", "handoff.open_prompt");
        await fake.WaitUntilAsync(f => f.TextsTo(AdChat).Count > 0, what: "the ticket in the counselling chat");
    }

    private static async Task PressAsync(FakeBotApi fake, string buttonKey, string expectedKey)
    {
        var label = T("ar", buttonKey);
        var message = fake.MessagesTo(Participant).Last(m => m.AllButtons.Any(b => b.Label == label));
        var before = fake.TextsTo(Participant).Count(t => t == T("ar", expectedKey));
        fake.Press(Participant, message, label, "ar");
        await fake.WaitUntilAsync(f => f.TextsTo(Participant).Count(t => t == T("ar", expectedKey)) > before, what: expectedKey);
    }

    private static Task WaitForAsync(FakeBotApi fake, long chatId, Func<string, bool> text, string what) =>
        fake.WaitUntilAsync(f => f.TextsTo(chatId).Any(text), what: what);

    private static SentMessage Announcement(FakeBotApi fake) => fake.MessagesTo(AdChat).First(m => m.AllButtons.Any());
}
