using Assistant.Core.Safety;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Issue #12, safety first, through the real TelegramBotClient against the fake Bot API: a participant in the
/// middle of a workshop registration writes that her husband hits her. The safety answer comes first, then
/// the same question again, and she finishes the registration with the answers she had given.
/// </summary>
public sealed class SafetyEndToEndTests
{
    private const long Fatima = 7201;
    private const string Name = "فاطمة الأحمد";

    [Fact]
    public async Task Distress_in_the_middle_of_a_registration_is_answered_first_and_the_registration_goes_on_with_the_answers_given()
    {
        // The session in WorkshopContent/ lies two days after this clock's start.
        var clock = new TravellingClock(new DateTimeOffset(2026, 11, 24, 11, 0, 0, TimeSpan.FromHours(1)));
        await using var host = await StartAsync(
            new Dictionary<string, string?> { ["Workshops:ContentPath"] = Path.Combine(RepoRoot, "tests", "Assistant.Telegram.Tests", "WorkshopContent") },
            clock: clock);
        var fatima = new ChatUser(host.Fake, Fatima, "ar", "Fatima");
        await fatima.OnboardAsync();
        var dates = await fatima.PressAsync(T("ar", "menu.workshops"), T("ar", "workshops.choose_session"));
        await fatima.PressAsync(dates, Assert.Single(dates.AllButtons).Label, T("ar", "workshops.ask_name"));
        await fatima.SayAsync(Name, T("ar", "workshops.ask_phone_wanted"));

        var before = fatima.Received;
        var safety = T("ar", "safety.answer", ("help_lines", host.Services.GetRequiredService<HelpLines>().Render("ar")));
        var answer = await fatima.SayAsync("زوجي يضربني", safety);
        var again = await fatima.ReceivesAsync(T("ar", "workshops.ask_phone_wanted"), after: before);

        Assert.True(again.MessageId > answer.MessageId, "the question comes again after the safety answer");
        Assert.Contains("\u2066116 016\u2069", answer.Text, StringComparison.Ordinal);
        Assert.Contains("110", answer.Text, StringComparison.Ordinal);
        Assert.Contains("112", answer.Text, StringComparison.Ordinal);
        Assert.Equal([T("ar", "dialog.yes"), T("ar", "dialog.no")], again.AllButtons.Select(b => b.Label));

        await fatima.PressAsync(again, T("ar", "dialog.no"), T("ar", "workshops.ask_childcare"));
        await fatima.NoNeedsAsync();
        var about = About(host);
        var summary = string.Join("\n",
            Texts.Get("ar", "workshops.summary_workshop", about),
            Texts.Get("ar", "workshops.summary_date", about),
            T("ar", "workshops.summary_name", ("name", Name)),
            T("ar", "workshops.summary_no_phone"));
        await fatima.PressAsync(T("ar", "dialog.yes"), T("ar", "workshops.confirm_summary", ("summary", summary)));
        about["position"] = "1";
        await fatima.PressAsync(T("ar", "dialog.yes"), Texts.Get("ar", "workshops.confirmed", about));
    }

    private static Dictionary<string, string> About(TelegramTestHost host)
    {
        var (workshop, session) = host.Services.GetRequiredService<WorkshopCatalog>().FindSession("sewing-circle", "thursday")!.Value;
        return host.Services.GetRequiredService<WorkshopMessages>().About(workshop, session, "ar");
    }
}
