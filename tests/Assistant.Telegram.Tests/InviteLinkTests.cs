using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Users;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// Invitation links on Telegram are t.me deep links with one bot name for staff and volunteer invitations:
/// <c>Telegram:BotUsername</c> when set, otherwise the name Telegram gives (getMe), asked once.
/// </summary>
public sealed class InviteLinkTests
{
    private const long Admin = 7101;
    private const long GeneralChat = -1001000000011;

    [Fact]
    public async Task Staff_and_volunteer_invitations_use_the_configured_username_without_asking_Telegram()
    {
        await using var host = await StartAsync(new Dictionary<string, string?>
        {
            ["Telegram:BotUsername"] = "agency_helper_bot",
            ["Telegram:StaffChats:General"] = GeneralChat.ToString(CultureInfo.InvariantCulture),
            ["Staff:Admins:0"] = Admin.ToString(CultureInfo.InvariantCulture),
        });
        var fake = host.Fake;
        await host.Services.GetRequiredService<IUserProfileStore>().SaveAsync(
            new UserProfile { UserId = Admin, Language = "de", Consent = ConsentDecision.Given }, CancellationToken.None);

        fake.SendInGroup(GeneralChat, Admin, "Petra", "/staffinvite");
        await fake.WaitUntilAsync(f => f.TextsTo(Admin).Any(t => t.Contains("https://t.me/agency_helper_bot?start=s-", StringComparison.Ordinal)), what: "the staff invitation");
        fake.SendText(Admin, "/invite volunteer");
        await fake.WaitUntilAsync(f => f.TextsTo(Admin).Any(t => t.Contains("https://t.me/agency_helper_bot?start=v-", StringComparison.Ordinal)), what: "the volunteer invitation");

        Assert.Empty(fake.CallsOf("getMe"));
    }

    [Fact]
    public async Task Without_a_configured_username_Telegram_is_asked_once()
    {
        await using var host = await StartAsync();
        var links = host.Services.GetRequiredService<IDeepLinks>();

        var first = await links.LinkForAsync("v-first", CancellationToken.None);
        var second = await links.LinkForAsync("s-second", CancellationToken.None);

        Assert.Equal(($"https://t.me/{FakeBotApi.BotUsername}?start=v-first", $"https://t.me/{FakeBotApi.BotUsername}?start=s-second"), (first, second));
        Assert.Single(host.Fake.CallsOf("getMe"));
    }

    [Fact]
    public async Task While_Telegram_cannot_tell_the_username_the_link_is_the_start_command()
    {
        await using var host = await StartAsync();
        var links = host.Services.GetRequiredService<IDeepLinks>();
        host.Fake.FailWith = call => call.Method == "getMe" ? FakeFailure.ServerError : null;

        Assert.Equal("/start v-first", await links.LinkForAsync("v-first", CancellationToken.None));

        host.Fake.FailWith = null;
        Assert.Equal($"https://t.me/{FakeBotApi.BotUsername}?start=v-second", await links.LinkForAsync("v-second", CancellationToken.None));
    }
}
