using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

public sealed class OnboardingTests
{
    private const long User = 4201;

    [Fact]
    public async Task German_user_consents_with_one_tap()
    {
        await using var host = await StartAsync();
        var fake = host.Fake;

        fake.SendText(User, "/start", "de", "Amina");
        var start = await host.MessagesAsync(User, 2);
        fake.Press(User, start[1], T("de", "onboarding.agree"));
        var all = await host.MessagesAsync(User, 4);

        Assert.Equal(
            [
                T("de", "onboarding.welcome", ("first_name", "Amina")),
                T("de", "onboarding.notice") + "\n\n✓ " + T("de", "onboarding.agree"),
                T("de", "onboarding.consent_thanks"),
                T("de", "menu.prompt"),
            ],
            all.Select(m => m.Text));
        Assert.All(all.Take(2), m => Assert.Empty(m.Buttons));
        Assert.Equal(8, all[3].AllButtons.Count());
    }

    [Fact]
    public async Task User_whose_app_speaks_English_switches_to_Arabic_on_the_first_screen_and_is_onboarded_in_Arabic()
    {
        await using var host = await StartAsync();
        var fake = host.Fake;
        var arabic = Texts.NativeName("ar");

        fake.SendText(User, "/start", "en", "Fatima");
        var start = await host.MessagesAsync(User, 2);
        fake.Press(User, start[1], arabic, "en");
        var notice = await host.MessagesAsync(User, 4);
        fake.Press(User, notice[3], T("ar", "onboarding.agree"), "en");
        var all = await host.MessagesAsync(User, 6);

        Assert.Equal(
            [
                T("en", "onboarding.welcome", ("first_name", "Fatima")),
                T("en", "onboarding.notice") + "\n\n✓ " + arabic,
                T("ar", "onboarding.welcome"),
                T("ar", "onboarding.notice") + "\n\n✓ " + T("ar", "onboarding.agree"),
                T("ar", "onboarding.consent_thanks"),
                T("ar", "menu.prompt"),
            ],
            all.Select(m => m.Text));
        Assert.Equal(8, all[5].AllButtons.Count());
    }

    [Fact]
    public async Task Command_menus_are_set_in_every_language_and_in_German_by_default()
    {
        await using var host = await StartAsync();

        await host.Fake.WaitUntilAsync(f => f.CallsOf("setMyCommands").Count == 8, what: "eight command menus");

        var calls = host.Fake.CallsOf("setMyCommands");
        Assert.Equal(["de", "en", "ar", "tr", "uk", "ru", "fa", ""], calls.Select(c => c.Parameters["language_code"]?.ToString() ?? ""));
        var arabic = calls.Single(c => c.Parameters["language_code"]?.ToString() == "ar").Parameters["commands"]!.AsArray();
        Assert.Contains(arabic, c => c!["command"]!.ToString() == "menu" && c["description"]!.ToString() == T("ar", "commands.menu"));
        var fallback = calls[^1].Parameters["commands"]!.AsArray();
        Assert.Contains(fallback, c => c!["command"]!.ToString() == "help" && c["description"]!.ToString() == T("de", "commands.help"));
    }
}
