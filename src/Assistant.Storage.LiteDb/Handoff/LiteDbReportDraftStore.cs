using Assistant.Handoff.Reports;
using LiteDB;

namespace Assistant.Storage.LiteDb.Handoff;

/// <summary>Report drafts by the person's pseudonym, with their last change indexed for the retention job. Content arrives sealed.</summary>
public sealed class LiteDbReportDraftStore : IReportDraftStore
{
    private readonly ILiteCollection<BsonDocument> _drafts;

    public LiteDbReportDraftStore(AssistantDatabase db)
    {
        _drafts = db.Collection("handoff_drafts");
        _drafts.EnsureIndex("updated");
    }

    public Task<ReportDraft?> GetAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_drafts.FindById(key) is { } doc ? StorageJson.Read<ReportDraft>(doc) : null);

    public Task SaveAsync(ReportDraft draft, CancellationToken cancellationToken)
    {
        _drafts.Upsert(new BsonDocument
        {
            ["_id"] = draft.Key,
            ["updated"] = draft.UpdatedAt.UtcTicks,
            ["json"] = StorageJson.Write(draft),
        });
        return Task.CompletedTask;
    }

    public Task<bool> DeleteAsync(string key, CancellationToken cancellationToken) => Task.FromResult(_drafts.Delete(key));

    public Task<int> DeleteUpdatedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(_drafts.DeleteMany(Query.LT("updated", before.UtcTicks)));
}
