using Assistant.Core.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Privacy;

/// <summary>Erases everything about users who have not written for <see cref="RetentionOptions.InactiveUsers"/>, in every area.</summary>
public sealed class InactiveUsersPolicy(IConversationStore conversations, IEnumerable<IPersonalDataArea> areas, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string Name => "inactive-users";

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var idle = await conversations.IdleSinceAsync(now - options.Value.InactiveUsers, cancellationToken).ConfigureAwait(false);
        foreach (var userId in idle)
        {
            foreach (var area in areas.OrderBy(a => a.Name == "profile" ? 1 : 0))
            {
                await area.EraseAsync(userId, cancellationToken).ConfigureAwait(false);
            }
        }

        return idle.Count;
    }
}
