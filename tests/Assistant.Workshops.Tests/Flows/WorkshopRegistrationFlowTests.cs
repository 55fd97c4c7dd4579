using Assistant.Core.Conversations;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Flows;

public sealed class WorkshopRegistrationFlowTests
{
    [Fact]
    public async Task Registration_through_the_menu_ends_with_a_confirmation_and_a_calendar_file()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");

        await amina.PressAsync(amina.T("menu.workshops"));
        Assert.Equal(amina.T("workshops.choose"), amina.LastTexts.Single());
        await amina.PressAsync("Sewing circle (en)");
        Assert.StartsWith("🎨 Sewing circle (en)", amina.LastTexts[0], StringComparison.Ordinal);
        Assert.Contains(amina.T("workshops.target.women"), amina.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal(amina.T("workshops.choose_session"), amina.LastTexts[1]);
        Assert.Equal(["Thu 26 Nov 10:00 · 2 free", "Fri 27 Nov 18:00 · 3 free"], amina.ButtonLabels);

        await amina.PressAsync("Thu 26 Nov 10:00 · 2 free");
        await amina.SendAsync("Amina Haddad");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("0171 2345678");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("2 and 5");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.PressAsync("العربية");
        await amina.PressAsync(amina.T("dialog.no"));
        Assert.Equal(amina.T("workshops.ask_data_consent"), amina.LastTexts.Single());
        await amina.PressAsync(amina.T("dialog.yes"));

        Assert.Equal(
            amina.T("workshops.confirm_summary", ("summary", string.Join("\n",
                "Workshop: Sewing circle (en)",
                "Date: Thursday 26 November 2026, 10:00–12:00",
                "Name: Amina Haddad",
                "Phone: 01712345678",
                "Childcare: yes, children: 2 and 5",
                "Interpreter: العربية"))),
            amina.LastTexts.Single());
        await amina.PressAsync(amina.T("dialog.yes"));

        var confirmation = amina.Last.Replies[0];
        Assert.StartsWith("✅ You are registered!", confirmation.Text, StringComparison.Ordinal);
        Assert.Contains("Thursday 26 November 2026, 10:00–12:00", confirmation.Text, StringComparison.Ordinal);
        Assert.Equal("text/calendar", confirmation.File!.MimeType);
        var ics = System.Text.Encoding.UTF8.GetString(confirmation.File.Content);
        Assert.Contains("DTSTART:20261126T090000Z", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Sewing circle (en)", ics, StringComparison.Ordinal);
        Assert.Equal(amina.T("menu.prompt"), amina.LastTexts[^1]);

        var stored = (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("Amina Haddad", "01712345678", RegistrationStatus.Confirmed), (stored.Name, stored.Phone, stored.Status));
        Assert.Equal(new RegistrationNeeds { Childcare = true, ChildrenAges = "2 and 5", InterpreterLanguage = "ar" }, stored.Needs);
    }

    [Fact]
    public async Task Full_session_puts_the_user_on_the_waiting_list_with_her_position()
    {
        using var world = new WorkshopWorld();
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 7), CancellationToken.None);
        await world.Registrations.RegisterAsync(world.Request("sewing-circle", "thursday", 8), CancellationToken.None);
        var amina = await world.ParticipantAsync(1);

        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (de)");
        Assert.Contains("Do 26.11. 10:00 · " + amina.T("workshops.full"), amina.ButtonLabels);
        await amina.PressStartingWithAsync("Do 26.11.");
        await RegisterWithoutExtrasAsync(amina);

        Assert.StartsWith(amina.T("workshops.waiting", ("position", "1"), ("title", "Sewing circle (de)"), ("date", "Donnerstag, 26. November 2026"), ("time", "10:00–12:00")), amina.LastTexts[0], StringComparison.Ordinal);
        Assert.Null(amina.Last.Replies[0].File);
    }

    [Fact]
    public async Task Registration_without_consent_asks_for_it_first()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "de", consent: false);

        await amina.PressAsync(amina.T("menu.workshops"));
        Assert.Equal(amina.T("workshops.consent_first"), amina.LastTexts[0]);
        Assert.Contains(amina.T("privacy.agree"), amina.ButtonLabels);

        await amina.PressAsync(amina.T("privacy.agree"));
        Assert.Contains(amina.T("workshops.choose"), amina.LastTexts);
    }

    [Fact]
    public async Task Refusing_consent_ends_the_registration_politely()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "de", consent: false);

        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync(amina.T("privacy.back"));

        Assert.Equal([amina.T("workshops.consent_missing"), amina.T("menu.prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task Phone_number_can_be_shared_with_the_contact_button()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (de)");
        await amina.PressStartingWithAsync("Do 26.11.");
        await amina.SendAsync("Amina");
        await amina.PressAsync(amina.T("dialog.yes"));
        Assert.True(amina.Last.Replies.Single().RequestsContact);

        await amina.SendAsync(new IncomingMessage { UserId = 1, Contact = new SharedContact("+49 171 2345678", "Amina", 1) });

        Assert.Equal(amina.T("workshops.ask_childcare"), amina.LastTexts.Single());
    }

    [Fact]
    public async Task Offer_id_shows_that_offers_workshop_straight_away()
    {
        using var world = new WorkshopWorld();
        await world.ParticipantAsync(1, "en");

        var result = await world.Engine.BeginAsync(1, "workshop-registration", new Dictionary<string, string> { ["offer_id"] = "volunteer-training" }, CancellationToken.None);

        Assert.StartsWith("🎨 Big lecture (en)", result.Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal(["Thu 3 Dec 10:00 · 10 free"], result.Replies[1].Buttons.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public async Task A_session_that_closed_while_the_user_was_choosing_is_refused_politely()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1);
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (de)");
        world.Clock.SetUtcNow(world.Session("sewing-circle", "thursday").Session.Start);

        await amina.PressStartingWithAsync("Do 26.11.");

        Assert.Equal([amina.T("workshops.closed"), amina.T("menu.prompt")], amina.LastTexts);
    }

    [Theory]
    [InlineData("de", "Donnerstag, 26. November 2026, 10:00–12:00")]
    [InlineData("en", "Thursday 26 November 2026, 10:00–12:00")]
    [InlineData("tr", "26 Kasım 2026 Perşembe, 10:00–12:00")]
    [InlineData("ru", "четверг, 26 ноября 2026, 10:00–12:00")]
    [InlineData("uk", "четвер, 26 листопада 2026, 10:00–12:00")]
    [InlineData("ar", "الخميس، 26 تشرين الثاني 2026، 10:00–12:00")]
    [InlineData("fa", "پنجشنبه 26 نوامبر 2026، 10:00–12:00")]
    public async Task Dates_are_shown_in_the_users_language_in_Berlin_time_on_the_Gregorian_calendar(string language, string expected)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, language);
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync($"Sewing circle ({language})");
        await amina.PressStartingWithAsync(amina.ButtonLabels[0]);

        await RegisterWithoutExtrasAsync(amina);

        // Arabic and Persian texts carry direction marks around numbers; the words and digits are these.
        Assert.Contains(expected, Assistant.Core.Dialogs.InputValidator.StripInvisible(amina.LastTexts[0]), StringComparison.Ordinal);
    }

    internal static async Task RegisterWithoutExtrasAsync(Participant participant)
    {
        await AnswerWithoutExtrasAsync(participant);
        await participant.PressAsync(participant.T("dialog.yes"));
    }

    /// <summary>From the name question to the summary: name "Amina", no phone, no needs, consent given.</summary>
    internal static async Task AnswerWithoutExtrasAsync(Participant participant)
    {
        await participant.SendAsync("Amina");
        await participant.PressAsync(participant.T("dialog.no"));
        await participant.PressAsync(participant.T("dialog.no"));
        await participant.PressAsync(participant.T("dialog.no"));
        await participant.PressAsync(participant.T("dialog.no"));
        await participant.PressAsync(participant.T("dialog.yes"));
    }
}
