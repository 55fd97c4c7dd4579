using Assistant.Handoff.Audit;
using Assistant.StaffConsole.Tests.Support;
using Microsoft.Playwright;
using static Assistant.StaffConsole.Tests.Support.ConsoleHost;

namespace Assistant.StaffConsole.Tests;

/// <summary>The console in a real browser: signing in by the bot's link, answering a report, a refused report.</summary>
public sealed class BrowserTests
{
    [Fact]
    public async Task A_counsellor_signs_in_by_link_and_answers_a_report_which_the_participant_receives()
    {
        await using var host = await StartAsync();
        await host.OpenRequestAsync("Help with the child benefit form");
        var report = await host.OpenReportAsync("The landlord refused the flat because of my headscarf.");
        host.ParticipantReceived();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(await host.ConsoleLinkAsync(Counsellor));
        await Browser.ScreenshotAsync(page, "signin");
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/console/tickets");
        await Browser.ScreenshotAsync(page, "tickets");

        await page.GetByRole(AriaRole.Link, new() { Name = report.Id }).ClickAsync();
        await Assertions.Expect(page.Locator("#report")).ToContainTextAsync("The landlord refused the flat because of my headscarf.");
        await page.FillAsync("#answer", "I am sorry this happened. Can we talk tomorrow at 10:00?");
        await Browser.ScreenshotAsync(page, "ticket");
        await page.ClickAsync("#send-answer");
        await Assertions.Expect(page.Locator("#done")).ToHaveTextAsync(host.Texts("console.done_answered"));

        await page.GotoAsync(host.BaseAddress + "console/workshops");
        await Assertions.Expect(page.Locator("#sessions")).ToBeVisibleAsync();
        await Browser.ScreenshotAsync(page, "workshops");

        Assert.Contains(
            host.Texts("handoff.from_named", "ar", ("name", "Petra"), ("role", host.Texts("handoff.roles.counselling", "ar")), ("text", "I am sorry this happened. Can we talk tomorrow at 10:00?")),
            host.ParticipantReceived());
    }

    [Fact]
    public async Task A_social_worker_cannot_open_a_report_and_the_admin_sees_the_attempt_in_the_audit_log()
    {
        await using var host = await StartAsync();
        var report = await host.OpenReportAsync("An account only counsellors may read.");
        await using var browser = await Browser.LaunchAsync();

        var sam = await browser.NewPageAsync();
        await sam.GotoAsync(await host.ConsoleLinkAsync(SocialWorker));
        await sam.ClickAsync("#sign-in");
        await sam.WaitForURLAsync("**/console/tickets");
        var response = await sam.GotoAsync(host.BaseAddress + host.TicketPath(report.Id).TrimStart('/'));
        Assert.Equal(403, response!.Status);
        await Assertions.Expect(sam.Locator("h1")).ToHaveTextAsync(host.Texts("console.forbidden_title"));
        Assert.DoesNotContain("counsellors may read", await sam.ContentAsync(), StringComparison.Ordinal);
        Assert.Contains(await host.AuditAsync(report.Id), e => e is { Action: AuditAction.Denied, StaffUserId: SocialWorker });

        var admin = await browser.NewPageAsync();
        await admin.GotoAsync(await host.ConsoleLinkAsync(Admin));
        await admin.ClickAsync("#sign-in");
        await admin.WaitForURLAsync("**/console/tickets");
        await admin.GotoAsync(host.BaseAddress + "console/audit");
        await Assertions.Expect(admin.Locator("#audit")).ToContainTextAsync("Sam Weber (902)");
        await Browser.ScreenshotAsync(admin, "audit");
    }
}
