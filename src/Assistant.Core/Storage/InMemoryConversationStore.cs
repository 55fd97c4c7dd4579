using System.Collections.Concurrent;
using System.Text.Json;
using Assistant.Core.Dialogs;

namespace Assistant.Core.Storage;

/// <summary>
/// Keeps conversations in memory, with the same version check as the real store. For tests and
/// benchmarks that should not touch a disk; stored states are copies, like a real store's.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<long, string> _states = new();
    private readonly Lock _writeLock = new();

    public Task<ConversationState?> LoadAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult(_states.TryGetValue(userId, out var json) ? JsonSerializer.Deserialize<ConversationState>(json) : null);

    public Task<bool> TrySaveAsync(ConversationState state, int expectedVersion, CancellationToken cancellationToken)
    {
        lock (_writeLock)
        {
            var storedVersion = _states.TryGetValue(state.UserId, out var json) ? JsonSerializer.Deserialize<ConversationState>(json)!.Version : 0;
            if (storedVersion != expectedVersion)
            {
                return Task.FromResult(false);
            }

            state.Version = expectedVersion + 1;
            _states[state.UserId] = JsonSerializer.Serialize(state);
            return Task.FromResult(true);
        }
    }

    public Task<IReadOnlyList<long>> IdleSinceAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<long>>(_states
            .Where(s => JsonSerializer.Deserialize<ConversationState>(s.Value)!.UpdatedAt < before)
            .Select(s => s.Key)
            .ToList());

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _states.TryRemove(userId, out _);
        return Task.CompletedTask;
    }
}
