using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>A staff chat the features post to but <c>Telegram:StaffChats</c> lacks is named at start, with what will not reach staff.</summary>
public sealed class StaffChatsCheckTests
{
    private static readonly string ReportsOn = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    [Fact]
    public async Task Missing_staff_chats_are_named_at_start_with_what_will_not_reach_staff()
    {
        var warnings = await StartupWarningsAsync(new()
        {
            ["Handoff:EncryptionKey"] = ReportsOn,
            ["Telegram:StaffChats:General"] = "-1001000000021",
        });

        Assert.Equal(
            [
                "Telegram:StaffChats:AntiDiscrimination is not set: discrimination reports will not reach staff. Set it to the id of the staff supergroup, such as -1001234567890",
                "Telegram:StaffChats:Coordinators is not set: shift alerts and late cancellations for the volunteer coordinators will not reach staff. Set it to the id of the staff supergroup, such as -1001234567890",
            ],
            warnings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Routing_decides_which_chat_is_needed_and_for_what()
    {
        var warnings = await StartupWarningsAsync(new()
        {
            ["Handoff:EncryptionKey"] = ReportsOn,
            ["Handoff:Routing:unanswered-question"] = "Coordinators",
            ["Telegram:StaffChats:AntiDiscrimination"] = "-1001000000022",
        });

        Assert.Equal(
            [
                "Telegram:StaffChats:Coordinators is not set: shift alerts and late cancellations for the volunteer coordinators and questions the bot could not answer will not reach staff. Set it to the id of the staff supergroup, such as -1001234567890",
                "Telegram:StaffChats:General is not set: requests to talk to a person will not reach staff. Set it to the id of the staff supergroup, such as -1001234567890",
            ],
            warnings.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task With_reports_off_only_the_coordinators_chat_is_needed()
    {
        Assert.Empty(await StartupWarningsAsync(new() { ["Telegram:StaffChats:Coordinators"] = "-1001000000023" }));
    }

    private static async Task<IReadOnlyList<string>> StartupWarningsAsync(Dictionary<string, string?> settings)
    {
        var logs = new FakeLogCollector();
        await using var host = await StartAsync(settings, configure: b => b.Logging.AddProvider(new FakeLoggerProvider(logs)));
        return logs.GetSnapshot()
            .Where(r => r.Level == LogLevel.Warning && r.Message.StartsWith("Telegram:StaffChats:", StringComparison.Ordinal))
            .Select(r => r.Message)
            .ToList();
    }
}
