using System.Collections.Concurrent;

namespace Assistant.Core.Staff;

/// <summary>Staff in memory, for tests.</summary>
public sealed class InMemoryStaffStore : IStaffStore
{
    private readonly ConcurrentDictionary<long, StaffMember> _members = new();

    public Task<StaffMember?> GetAsync(long userId, CancellationToken cancellationToken) => Task.FromResult(_members.GetValueOrDefault(userId));

    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<StaffMember>>(_members.Values.OrderBy(m => m.UserId).ToList());

    public Task SaveAsync(StaffMember member, CancellationToken cancellationToken)
    {
        _members[member.UserId] = member;
        return Task.CompletedTask;
    }

    public Task DeleteAsync(long userId, CancellationToken cancellationToken)
    {
        _members.TryRemove(userId, out _);
        return Task.CompletedTask;
    }
}
