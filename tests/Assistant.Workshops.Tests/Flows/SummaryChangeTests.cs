using Assistant.Workshops.Tests.Support;

namespace Assistant.Workshops.Tests.Flows;

/// <summary>"No" at a summary changes one answer and shows the summary again; nothing else is asked anew.</summary>
public sealed class SummaryChangeTests
{
    public static TheoryData<string> Languages => new(TestTexts.Catalog.LanguageCodes);

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task No_at_the_registration_summary_changes_only_the_name(string language)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, language);
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync($"Sewing circle ({language})");
        await amina.PressAsync(amina.ButtonLabels[0]);
        await amina.SendAsync("Amina Hadad");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("0171 2345678");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("2 and 5");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));

        await amina.PressAsync(amina.T("dialog.no"));
        Assert.Equal(amina.T("workshops.change_which"), amina.LastTexts.Single());
        Assert.Equal(
            ["workshops.change_date", "workshops.change_name", "workshops.change_phone", "workshops.change_childcare", "workshops.change_interpreter", "workshops.change_accessibility", "workshops.change_back"],
            amina.ButtonLabels.Select(label => Key(amina, label, "workshops.change_date", "workshops.change_name", "workshops.change_phone", "workshops.change_childcare", "workshops.change_interpreter", "workshops.change_accessibility", "workshops.change_back")));

        await amina.PressAsync(amina.T("workshops.change_name"));
        Assert.Equal(amina.T("workshops.ask_name"), amina.LastTexts.Single());
        await amina.SendAsync("Amina Haddad");

        var summary = amina.LastTexts.Single();
        Assert.StartsWith(amina.T("workshops.confirm_summary", ("summary", "")).Split('\n')[0], summary, StringComparison.Ordinal);
        Assert.Contains(amina.T("workshops.summary_name", ("name", "Amina Haddad")), summary, StringComparison.Ordinal);
        Assert.Contains(amina.T("workshops.summary_phone", ("phone", "01712345678")), summary, StringComparison.Ordinal);
        Assert.Contains(amina.T("workshops.summary_childcare", ("ages", "2 and 5")), summary, StringComparison.Ordinal);

        await amina.PressAsync(amina.T("dialog.yes"));
        var stored = (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("Amina Haddad", "01712345678", true, "2 and 5"), (stored.Name, stored.Phone, stored.Needs.Childcare, stored.Needs.ChildrenAges));
    }

    [Fact]
    public async Task Changing_the_phone_from_the_summary_asks_only_about_the_phone()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (en)");
        await amina.PressAsync(amina.ButtonLabels[0]);
        await WorkshopRegistrationFlowTests.AnswerWithoutExtrasAsync(amina);
        Assert.Contains(amina.T("workshops.summary_no_phone"), amina.LastTexts.Single(), StringComparison.Ordinal);

        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("workshops.change_phone"));
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("0171 2345678");

        Assert.Contains(amina.T("workshops.summary_phone", ("phone", "01712345678")), amina.LastTexts.Single(), StringComparison.Ordinal);
        await amina.PressAsync(amina.T("dialog.yes"));
        Assert.Equal("01712345678", (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single().Phone);
    }

    [Fact]
    public async Task Back_to_the_summary_changes_nothing()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "de");
        await amina.PressAsync(amina.T("menu.workshops"));
        await amina.PressAsync("Sewing circle (de)");
        await amina.PressAsync(amina.ButtonLabels[0]);
        await WorkshopRegistrationFlowTests.AnswerWithoutExtrasAsync(amina);
        var summary = amina.LastTexts.Single();

        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("workshops.change_back"));

        Assert.Equal(summary, amina.LastTexts.Single());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task No_at_the_booking_summary_changes_only_the_time(string language)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, language);
        await amina.PressAsync(amina.T("menu.appointments"));
        await amina.PressAsync(amina.T("appointments.book"));
        var times = amina.ButtonLabels;
        await amina.PressAsync(times[0]);
        await amina.PressAsync("العربية");
        await amina.SendAsync("Amina Haddad");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));

        await amina.PressAsync(amina.T("dialog.no"));
        Assert.Equal(
            [amina.T("appointments.change_time"), amina.T("appointments.change_language"), amina.T("workshops.change_name"), amina.T("workshops.change_phone"), amina.T("workshops.change_back")],
            amina.ButtonLabels);
        await amina.PressAsync(amina.T("appointments.change_time"));
        await amina.PressAsync(times[1]);

        var summary = amina.LastTexts.Single();
        Assert.Contains(amina.T("workshops.summary_name", ("name", "Amina Haddad")), summary, StringComparison.Ordinal);
        Assert.Contains(amina.T("appointments.summary_language", ("language", "العربية")), summary, StringComparison.Ordinal);
        await amina.PressAsync(amina.T("dialog.yes"));
        var booked = (await world.Appointments.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("Amina Haddad", "ar"), (booked.Name, booked.Language));
        Assert.EndsWith("20261126T0900Z", booked.SlotId, StringComparison.Ordinal);
        Assert.Single(await world.Appointments.FreeSlotsAsync("counselling", CancellationToken.None), s => s.Id.EndsWith("20261125T0900Z", StringComparison.Ordinal));
    }

    private static string Key(Participant participant, string label, params string[] keys) =>
        keys.FirstOrDefault(k => participant.T(k) == label) ?? label;
}
