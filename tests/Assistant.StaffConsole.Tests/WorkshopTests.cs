using System.Net;
using System.Text;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using static Assistant.StaffConsole.Tests.Support.ConsoleHost;

namespace Assistant.StaffConsole.Tests;

/// <summary>Workshops in the console: places and waiting lists as the bot keeps them, and the CSV the team uses.</summary>
public sealed class WorkshopTests
{
    [Fact]
    public async Task Staff_see_a_sessions_places_and_registrations_and_export_them_as_csv()
    {
        await using var host = await StartAsync();
        var now = host.Get<TimeProvider>().GetUtcNow();
        var (workshop, session) = host.Get<WorkshopCatalog>().Workshops
            .SelectMany(w => w.Sessions.Where(s => s.IsOpenAt(now)).Select(s => (w, s)))
            .First();
        var registered = await host.Get<RegistrationService>().RegisterAsync(
            new RegistrationRequest(workshop.Id, session.Id, Participant, "Amina Yusuf", "+49 170 1234567", "ar", new RegistrationNeeds { Childcare = true, ChildrenAges = "3" }),
            CancellationToken.None);
        Assert.Equal(RegisterOutcome.Confirmed, registered.Outcome);
        using var browser = await host.SignedInAsync(SocialWorker);

        var list = WebUtility.HtmlDecode(await browser.GetStringAsync("/console/workshops"));
        Assert.Contains(workshop.TextsIn("en").Title, list, StringComparison.Ordinal);
        Assert.Contains($"1 / {session.Capacity}", list, StringComparison.Ordinal);

        var path = $"/console/workshops/{Uri.EscapeDataString(workshop.Id)}/{Uri.EscapeDataString(session.Id)}";
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync(path));
        Assert.Contains("Amina Yusuf", page, StringComparison.Ordinal);
        Assert.Contains(host.Texts("console.registration_confirmed"), page, StringComparison.Ordinal);

        var csv = await browser.GetAsync(path + "?handler=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.Contains("Confirmed;;Amina Yusuf;+49 170 1234567;ar;yes;3", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_session_the_workshops_and_their_names_stay_closed()
    {
        await using var host = await StartAsync();
        using var browser = host.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.GetAsync("/console/workshops")).StatusCode);
    }
}
