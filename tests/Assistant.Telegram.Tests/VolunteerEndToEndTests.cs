using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Volunteers through the real TelegramBotClient against the fake Bot API: an invitation link from staff,
/// joining through it, a shift made with <c>/shift</c>, the reminder with "I can't", and the short-staffed
/// alert in the coordinators' chat whose button offers the shift to the volunteers who fit.
/// </summary>
public sealed partial class VolunteerEndToEndTests
{
    private const long Staff = 900;
    private const long Amina = 6301;
    private const long Layla = 6302;
    private const long Olena = 6303;
    private const long Murat = 6304;
    private const long Samira = 6305;
    private const long Stranger = 6306;
    private const long CoordinatorsChat = -1001000000003;
    private const string Title = "Offene Sprechstunde: Dolmetschen Arabisch";
    private const string Place = "Integrationsagentur, Brunnenstraße 12";

    [Fact]
    public async Task An_invited_volunteer_joins_signs_up_is_reminded_and_cannot_come_which_frees_the_place_and_tells_the_coordinators()
    {
        var clock = new TravellingClock(Berlin(1, 10));
        await using var host = await StartWithStaffAsync(clock);
        var fake = host.Fake;
        var amina = new ChatUser(fake, Amina, "ar");

        var payload = await InviteAsync(fake);
        var shift = await CreateShiftAsync(host, people: 1);

        // Opening t.me/<bot>?start=<payload> makes the Telegram app send "/start <payload>".
        await amina.SayAsync("/start " + payload, T("ar", "volunteers.join_consent"));
        await amina.PressAsync(T("ar", "volunteers.join_agree"), T("ar", "volunteers.profile_name"));
        await amina.SayAsync("أمينة", T("ar", "volunteers.profile_languages"));
        await amina.PressAsync(T("ar", "volunteers.languages.ar"), T("ar", "volunteers.profile_languages"));
        await amina.PressAsync(T("ar", "volunteers.languages.de"), T("ar", "volunteers.profile_languages"));
        await amina.PressAsync(T("ar", "volunteers.done"), T("ar", "volunteers.profile_kinds"));
        await amina.PressAsync(T("ar", "volunteers.kinds.interpreting"), T("ar", "volunteers.profile_kinds"));
        await amina.PressAsync(T("ar", "volunteers.done"), T("ar", "volunteers.profile_reach"));
        await amina.PressAsync(T("ar", "volunteers.reach_chat"), T("ar", "volunteers.menu_prompt"));
        await amina.PressAsync(T("ar", "volunteers.menu_open"), T("ar", "volunteers.open_prompt"));
        var format = host.Services.GetRequiredService<ShiftFormatter>();
        var open = format.Describe(shift, "ar") + "\n" + T("ar", "volunteers.places", ("count", "1"));
        await amina.PressAsync(format.Label(shift, "ar"), T("ar", "volunteers.signup_confirm", ("shift", open)));
        await amina.PressAsync(T("ar", "dialog.yes"), T("ar", "volunteers.signed_up"));
        var board = host.Services.GetRequiredService<ShiftBoard>();
        Assert.Equal(1, await board.ActiveCountAsync(shift.Id, CancellationToken.None));

        // The day before, the reminder; the 48-hour check ran on the way there and found the shift full.
        TravelTo(host, clock, Berlin(3, 10));
        var reminder = await amina.ReceivesAsync(T("ar", "volunteers.reminder", ("shift", format.Describe(shift, "ar"))));
        Assert.Equal([T("ar", "volunteers.will_come"), T("ar", "volunteers.cant_come")], reminder.AllButtons.Select(b => b.Label));
        // Half an hour later, past the cut-off: "I can't" still frees the place and reaches the coordinators at once.
        TravelTo(host, clock, Berlin(3, 10, 30));
        await amina.PressAsync(reminder, T("ar", "volunteers.cant_come"), T("ar", "volunteers.cant_come_confirm", ("shift", format.Describe(shift, "ar"))));
        await amina.PressAsync(T("ar", "dialog.yes"), T("ar", "volunteers.cant_come_done"));

        var cancelled = T("de", "volunteers.staff_cancelled_late", ("name", "أمينة"), ("shift", format.Describe(shift, "de")), ("signed", "0"), ("needed", "1"));
        await fake.WaitUntilAsync(f => f.TextsTo(CoordinatorsChat).Contains(cancelled), what: "the coordinators told of the cancellation");
        var notice = Assert.Single(fake.MessagesTo(CoordinatorsChat));
        Assert.Equal([T("de", "volunteers.staff_offer_button")], notice.AllButtons.Select(b => b.Label));
        Assert.Equal(0, await board.ActiveCountAsync(shift.Id, CancellationToken.None));
    }

    [Fact]
    public async Task A_shift_short_of_people_48_hours_before_alerts_the_coordinators_whose_button_offers_it_to_the_volunteers_who_fit()
    {
        var clock = new TravellingClock(Berlin(1, 10));
        await using var host = await StartWithStaffAsync(clock);
        var fake = host.Fake;
        var shift = await CreateShiftAsync(host, people: 2);
        await VolunteerAsync(host, Samira, "ar", ["ar"], ["interpreting"]);
        await VolunteerAsync(host, Layla, "en", ["en", "ar"], ["interpreting"]);
        await VolunteerAsync(host, Olena, "uk", ["uk"], ["interpreting"]);
        await VolunteerAsync(host, Murat, "tr", ["tr", "ar"], ["language_cafe"]);
        var board = host.Services.GetRequiredService<ShiftBoard>();
        Assert.Equal(SignUpOutcome.SignedUp, (await board.SignUpAsync(Samira, shift.Id, CancellationToken.None)).Outcome);
        var format = host.Services.GetRequiredService<ShiftFormatter>();

        TravelTo(host, clock, Berlin(2, 10));
        var alertText = T("de", "volunteers.staff_alert", ("shift", format.Describe(shift, "de")), ("signed", "1"), ("needed", "2"));
        await fake.WaitUntilAsync(f => f.TextsTo(CoordinatorsChat).Contains(alertText), what: "the short-staffed alert");
        var alert = fake.MessagesTo(CoordinatorsChat).Single(m => m.Text == alertText);
        Assert.Equal([T("de", "volunteers.staff_offer_button")], alert.AllButtons.Select(b => b.Label));

        fake.PressInGroup(Staff, "Petra", alert, T("de", "volunteers.staff_offer_button"));
        await fake.WaitUntilAsync(f => f.TextsTo(CoordinatorsChat).Contains(T("de", "volunteers.staff_offered", ("count", "1"))), what: "the coordinators told whom it was offered to");
        var layla = new ChatUser(fake, Layla, "en");
        var offer = await layla.ReceivesAsync(T("en", "volunteers.offer", ("shift", format.Describe(shift, "en")), ("count", "1")));
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);
        Assert.Empty(fake.MessagesTo(Olena));
        Assert.Empty(fake.MessagesTo(Murat));
        Assert.Empty(fake.MessagesTo(Samira));

        await layla.PressAsync(offer, T("en", "volunteers.take"), T("en", "volunteers.take_confirm", ("shift", format.Describe(shift, "en"))));
        await layla.PressAsync(T("en", "dialog.yes"), T("en", "volunteers.signed_up"));
        await fake.WaitUntilAsync(f => f.TextsTo(CoordinatorsChat).Contains(T("de", "volunteers.staff_full", ("shift", format.Describe(shift, "de")))), what: "the coordinators told the shift is full");
        Assert.Equal(2, await board.ActiveCountAsync(shift.Id, CancellationToken.None));
    }

    [Fact]
    public async Task Someone_who_is_not_staff_can_neither_invite_nor_make_shifts_nor_offer_them()
    {
        await using var host = await StartWithStaffAsync(new TravellingClock(Berlin(1, 10)));
        var fake = host.Fake;
        await ParticipantAsync(host, Stranger, "de");
        var stranger = new ChatUser(fake, Stranger, "de");

        await stranger.SayAsync("/invite volunteer", T("de", "volunteers.staff_only"));
        await stranger.SayAsync("/shift", T("de", "volunteers.staff_only"));
        // A marker after the stranger's command in the coordinators' chat: once staff are answered, theirs was handled.
        fake.SendInGroup(CoordinatorsChat, Stranger, "Max", "/offer-shift s-0000000000");
        fake.SendInGroup(CoordinatorsChat, Staff, "Petra", "/offer-shift s-0000000000");
        await fake.WaitUntilAsync(f => f.TextsTo(CoordinatorsChat).Contains(T("de", "volunteers.staff_offer_gone")), what: "the staff member answered");
        await host.Services.GetRequiredService<Sending.OutboundQueue>().WhenIdleAsync(CancellationToken.None);

        var texts = fake.TextsTo(Stranger);
        Assert.Equal(2, texts.Count(t => t == T("de", "volunteers.staff_only")));
        Assert.DoesNotContain(T("de", "volunteers.shift_title"), texts);
        Assert.DoesNotContain(texts, t => t.Contains("start=v-", StringComparison.Ordinal));
        Assert.Single(fake.MessagesTo(CoordinatorsChat));
    }

    /// <summary>Staff ask for a link in their private chat (<c>/invite</c> is no command of the staff groups); returns its start payload.</summary>
    private static async Task<string> InviteAsync(FakeBotApi fake)
    {
        fake.SendText(Staff, "/invite volunteer");
        await fake.WaitUntilAsync(f => f.TextsTo(Staff).Any(t => InviteLink().IsMatch(t)), what: "the invitation link");
        var invitation = fake.TextsTo(Staff).Single(t => InviteLink().IsMatch(t));
        var payload = InviteLink().Match(invitation).Groups["payload"].Value;
        // Telegram:BotUsername is not set here: the bot asked the fake's getMe for its name.
        var (head, tail) = Around(T("de", "volunteers.invite_created", ("link", $"https://t.me/{FakeBotApi.BotUsername}?start={payload}"), ("expires", "\0"), ("count", "1")));
        Assert.StartsWith(head, invitation, StringComparison.Ordinal);
        Assert.EndsWith(tail, invitation, StringComparison.Ordinal);
        return payload;
    }

    /// <summary>Staff make a shift with <c>/shift</c> in their private chat: interpreting into Arabic on Thursday 4 March, 10:00 to 12:00.</summary>
    private static async Task<Shift> CreateShiftAsync(TelegramTestHost host, int people)
    {
        var staff = new ChatUser(host.Fake, Staff, "de");
        var expected = new Shift
        {
            Id = "new",
            Title = Title,
            Kind = "interpreting",
            Start = Berlin(4, 10),
            End = Berlin(4, 12),
            Place = Place,
            Needed = people,
            Language = "ar",
        };
        var format = host.Services.GetRequiredService<ShiftFormatter>();
        await staff.SayAsync("/shift", T("de", "volunteers.shift_title"));
        await staff.SayAsync(Title, T("de", "volunteers.shift_kind"));
        await staff.PressAsync(T("de", "volunteers.kinds.interpreting"), T("de", "volunteers.shift_date"));
        await staff.SayAsync("04.03.2027", T("de", "volunteers.shift_start"));
        await staff.SayAsync("10:00", T("de", "volunteers.shift_end"));
        await staff.SayAsync("12:00", T("de", "volunteers.shift_place"));
        await staff.SayAsync(Place, T("de", "volunteers.shift_people"));
        await staff.SayAsync(people.ToString(CultureInfo.InvariantCulture), T("de", "volunteers.shift_language_question"));
        await staff.PressAsync(T("de", "volunteers.languages.ar"), T("de", "volunteers.shift_create_confirm", ("shift", format.Describe(expected, "de")), ("people", people.ToString(CultureInfo.InvariantCulture))));
        await staff.PressAsync(T("de", "dialog.yes"), T("de", "volunteers.shift_created"));

        var saved = (await host.Services.GetRequiredService<ShiftBoard>().UpcomingAsync(CancellationToken.None)).Single(s => s.Title == Title);
        Assert.Equal(expected with { Id = saved.Id, Source = ShiftSources.Staff, CreatedBy = Staff, OfferedTo = saved.OfferedTo }, saved);
        Assert.Empty(saved.OfferedTo);
        return saved;
    }

    private static async Task<TelegramTestHost> StartWithStaffAsync(TravellingClock clock)
    {
        var host = await StartAsync(
            new Dictionary<string, string?>
            {
                ["Telegram:StaffChats:Coordinators"] = CoordinatorsChat.ToString(CultureInfo.InvariantCulture),
                // Fast lanes: these tests are about who gets what, not about Telegram's pace.
                ["Telegram:Sending:PrivateChatPerSecond"] = "200",
                ["Telegram:Sending:PrivateChatBurst"] = "50",
                ["Telegram:Sending:GroupPerMinute"] = "6000",
            },
            clock: clock);
        await host.Services.GetRequiredService<IStaffStore>().SaveAsync(
            new StaffMember { UserId = Staff, DisplayName = "Petra", Roles = new HashSet<StaffRole> { StaffRole.Staff } }, CancellationToken.None);
        await ParticipantAsync(host, Staff, "de");
        return host;
    }

    private static Task ParticipantAsync(TelegramTestHost host, long userId, string language) =>
        host.Services.GetRequiredService<IUserProfileStore>().SaveAsync(
            new UserProfile { UserId = userId, Language = language, Consent = ConsentDecision.Given }, CancellationToken.None);

    /// <summary>A volunteer with a complete profile, as if they had joined through an invitation.</summary>
    private static async Task VolunteerAsync(TelegramTestHost host, long userId, string language, string[] languages, string[] kinds)
    {
        await ParticipantAsync(host, userId, language);
        var clock = host.Services.GetRequiredService<TimeProvider>();
        await host.Services.GetRequiredService<IVolunteerStore>().SaveAsync(
            new VolunteerProfile { UserId = userId, Name = "V" + userId.ToString(CultureInfo.InvariantCulture), Languages = languages, Kinds = kinds, JoinedAt = clock.GetUtcNow() }, CancellationToken.None);
    }

    /// <summary>Moves the bot's time on and wakes the scheduler, which may sleep on a timer set for the old time.</summary>
    private static void TravelTo(TelegramTestHost host, TravellingClock clock, DateTimeOffset moment)
    {
        clock.AdvanceTo(moment);
        host.Services.GetRequiredService<JobScheduler>().Wake();
    }

    /// <summary>A day of March 2027 in Berlin (winter time, UTC+1): after the sample shifts in content/shifts, so only the tests' own shifts lie ahead.</summary>
    private static DateTimeOffset Berlin(int day, int hour, int minute = 0) => new(2027, 3, day, hour, minute, 0, TimeSpan.FromHours(1));

    /// <summary>The text before and after a placeholder filled with "\0".</summary>
    private static (string Head, string Tail) Around(string text)
    {
        var at = text.IndexOf('\0', StringComparison.Ordinal);
        return (text[..at], text[(at + 1)..]);
    }

    [GeneratedRegex(@"https://t\.me/" + FakeBotApi.BotUsername + @"\?start=(?<payload>v-[A-Za-z0-9_-]+)")]
    private static partial Regex InviteLink();
}
