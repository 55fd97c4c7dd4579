using Assistant.Core.Staff;
using Assistant.Handoff;
using Assistant.Handoff.Tickets;
using Assistant.Telegram.Staff;
using Microsoft.Extensions.Options;

namespace Assistant;

/// <summary>
/// On Telegram, names at start each staff chat the features post to that <c>Telegram:StaffChats</c> lacks, and
/// what will not reach staff: otherwise the first sign is a lost report, logged only once a user made it.
/// </summary>
internal sealed class StaffChatsCheck(IOptions<StaffChatsOptions> chats, IOptions<HandoffOptions> handoff, ILogger<StaffChatsCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var need in Needs().GroupBy(n => n.Kind, n => n.What))
        {
            if (chats.Value.ChatFor(need.Key) is null)
            {
                logger.LogWarning(
                    "{Setting} is not set: {What} will not reach staff. Set it to the id of the staff supergroup, such as -1001234567890",
                    $"{StaffChatsOptions.Section}:{need.Key}",
                    And([.. need]));
            }
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>What the features post into staff chats, and into which.</summary>
    private IEnumerable<(StaffChatKind Kind, string What)> Needs()
    {
        yield return (StaffChatKind.Coordinators, "shift alerts and late cancellations for the volunteer coordinators");
        if (!handoff.Value.IsActive)
        {
            yield break;
        }

        foreach (var kind in TicketKinds.All)
        {
            yield return (handoff.Value.ChatFor(kind), kind switch
            {
                TicketKind.DiscriminationReport => "discrimination reports",
                TicketKind.PersonRequest => "requests to talk to a person",
                _ => "questions the bot could not answer",
            });
        }
    }

    private static string And(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];
}
