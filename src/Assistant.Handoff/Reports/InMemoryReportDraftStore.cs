using System.Collections.Concurrent;

namespace Assistant.Handoff.Reports;

/// <summary>Drafts in memory, for tests.</summary>
public sealed class InMemoryReportDraftStore : IReportDraftStore
{
    private readonly ConcurrentDictionary<string, ReportDraft> _drafts = new();

    public Task<ReportDraft?> GetAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_drafts.GetValueOrDefault(key));

    public Task SaveAsync(ReportDraft draft, CancellationToken cancellationToken)
    {
        _drafts[draft.Key] = draft;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_drafts.TryRemove(key, out _));

    public Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        var old = _drafts.Values.Where(d => d.UpdatedAt < before).ToList();
        return Task.FromResult(old.Count(d => _drafts.TryRemove(d.Key, out _)));
    }
}
