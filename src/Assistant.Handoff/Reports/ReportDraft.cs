namespace Assistant.Handoff.Reports;

/// <summary>An unfinished report, kept for <c>Retention:Drafts</c> so the person can go on or delete it. Its content is sealed.</summary>
public sealed record ReportDraft
{
    /// <summary>Pseudonym of the person; drafts are found by it, never by the user id.</summary>
    public required string Key { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The encrypted <see cref="ReportContent"/>.</summary>
    public byte[] Sealed { get; init; } = [];
}

/// <summary>Keeps report drafts by pseudonym; their content arrives sealed.</summary>
public interface IReportDraftStore
{
    Task<ReportDraft?> GetAsync(string key, CancellationToken cancellationToken);

    Task SaveAsync(ReportDraft draft, CancellationToken cancellationToken);

    Task<bool> DeleteAsync(string key, CancellationToken cancellationToken);

    /// <summary>Deletes drafts last changed before <paramref name="before"/>; returns how many.</summary>
    Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken);
}
