using System.Collections.Concurrent;

namespace Assistant.Volunteers.Shifts;

/// <summary>Shifts in memory, for tests.</summary>
public sealed class InMemoryShiftStore : IShiftStore
{
    private readonly Dictionary<string, Shift> _shifts = [];
    private readonly Lock _lock = new();

    public Task<Shift?> GetAsync(string id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_shifts.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<Shift>> ListAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<Shift>>(_shifts.Values.Where(s => s.Start >= from && s.Start < to).OrderBy(s => s.Start).ThenBy(s => s.Id, StringComparer.Ordinal).ToList());
        }
    }

    public Task SaveAsync(Shift shift, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            _shifts[shift.Id] = shift;
        }

        return Task.CompletedTask;
    }

    public Task<Shift?> UpdateAsync(string id, Func<Shift, Shift> change, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_shifts.TryGetValue(id, out var shift))
            {
                return Task.FromResult<Shift?>(null);
            }

            _shifts[id] = change(shift);
            return Task.FromResult<Shift?>(_shifts[id]);
        }
    }
}

/// <summary>Sign-ups in memory, for tests.</summary>
public sealed class InMemorySignupStore : ISignupStore
{
    private readonly ConcurrentDictionary<string, ShiftSignup> _signups = new();

    public Task<ShiftSignup?> GetAsync(string id, CancellationToken cancellationToken) => Task.FromResult(_signups.GetValueOrDefault(id));

    public Task<IReadOnlyList<ShiftSignup>> ForShiftAsync(string shiftId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ShiftSignup>>(_signups.Values.Where(s => s.ShiftId == shiftId).OrderBy(s => s.SignedUpAt).ToList());

    public Task<IReadOnlyList<ShiftSignup>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ShiftSignup>>(_signups.Values.Where(s => s.UserId == userId).OrderBy(s => s.SignedUpAt).ToList());

    public Task SaveAsync(ShiftSignup signup, CancellationToken cancellationToken)
    {
        _signups[signup.Id] = signup;
        return Task.CompletedTask;
    }

    public Task<int> DeleteForUserAsync(long userId, CancellationToken cancellationToken)
    {
        var ids = _signups.Values.Where(s => s.UserId == userId).Select(s => s.Id).ToList();
        return Task.FromResult(ids.Count(id => _signups.TryRemove(id, out _)));
    }
}
