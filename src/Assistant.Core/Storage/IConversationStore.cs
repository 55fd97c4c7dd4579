using Assistant.Core.Dialogs;

namespace Assistant.Core.Storage;

/// <summary>Keeps each user's dialog stack between turns and across restarts.</summary>
public interface IConversationStore
{
    Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken);

    /// <summary>
    /// Saves <paramref name="state"/> if the stored version still equals <paramref name="expectedVersion"/>
    /// (0 for a new conversation), and then sets its version to one more. Returns false when another
    /// writer was first; nothing is written then.
    /// </summary>
    Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken);

    Task DeleteAsync(long userId, CancellationToken cancellationToken);

    /// <summary>Users whose conversation last changed before <paramref name="before"/>, for the retention rules.</summary>
    Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
