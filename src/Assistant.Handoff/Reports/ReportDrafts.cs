using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Handoff.Security;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Reports;

/// <summary>
/// The encrypted draft behind a report in progress. Every answer is saved at once, so leaving in the
/// middle loses nothing; a draft older than <c>Retention:Drafts</c> is gone, exactly on time (a job per draft).
/// </summary>
internal sealed class ReportDrafts(
    IReportDraftStore store,
    ContentProtector protector,
    IScheduledJobStore jobs,
    IOptions<RetentionOptions> retention,
    TimeProvider time)
{
    public string KeyOf(long userId) => protector.Pseudonym("report-draft", userId);

    /// <summary>The person's draft and what it holds; null when there is none or it is older than the retention period.</summary>
    public async Task<(ReportDraft Draft, ReportContent Content)?> LoadAsync(long userId, CancellationToken cancellationToken)
    {
        var key = KeyOf(userId);
        if (await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is not { } draft)
        {
            return null;
        }

        if (IsExpired(draft))
        {
            await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
            return null;
        }

        return (draft, protector.Open<ReportContent>(draft.Sealed, key));
    }

    public async Task<ReportContent> UpdateAsync(long userId, Func<ReportContent, ReportContent> change, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        var content = change(loaded?.Content ?? new ReportContent());
        await SaveAsync(userId, content, loaded?.Draft.StartedAt, cancellationToken).ConfigureAwait(false);
        return content;
    }

    /// <summary>Starts an empty draft, replacing any earlier one.</summary>
    public Task StartAsync(long userId, CancellationToken cancellationToken) => SaveAsync(userId, new ReportContent(), null, cancellationToken);

    public Task<bool> DeleteAsync(long userId, CancellationToken cancellationToken) => store.DeleteAsync(KeyOf(userId), cancellationToken);

    /// <summary>Deletes the draft when its time is up; a newer change has moved the time on.</summary>
    public async Task DeleteIfExpiredAsync(string key, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(key, cancellationToken).ConfigureAwait(false) is { } draft && IsExpired(draft))
        {
            await store.DeleteAsync(key, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task SaveAsync(long userId, ReportContent content, DateTimeOffset? startedAt, CancellationToken cancellationToken)
    {
        var key = KeyOf(userId);
        var now = time.GetUtcNow();
        var draft = new ReportDraft { Key = key, StartedAt = startedAt ?? now, UpdatedAt = now, Sealed = protector.Seal(content, key) };
        await store.SaveAsync(draft, cancellationToken).ConfigureAwait(false);
        await jobs.ScheduleAsync(new ScheduledJob
        {
            // One job per draft: saving again moves its time; a new draft after this one gets its own.
            Id = $"{DraftExpiryJob.JobKind}:{key}:{draft.StartedAt.UtcTicks}",
            Kind = DraftExpiryJob.JobKind,
            DueAt = now + retention.Value.Drafts,
            Data = new Dictionary<string, string> { ["draft"] = key },
        }, cancellationToken).ConfigureAwait(false);
    }

    private bool IsExpired(ReportDraft draft) => draft.UpdatedAt + retention.Value.Drafts <= time.GetUtcNow();
}

/// <summary>Deletes a report draft when <c>Retention:Drafts</c> has passed since its last change.</summary>
internal sealed class DraftExpiryJob(ReportDrafts drafts) : IJobHandler
{
    public const string JobKind = "handoff-draft-expiry";

    public string Kind => JobKind;

    public Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken) =>
        job.Data.TryGetValue("draft", out var key) ? drafts.DeleteIfExpiredAsync(key, cancellationToken) : Task.CompletedTask;
}
