using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Tests.Storage;

/// <summary>Opens a new data file per test, as the host does, and closes it at the end.</summary>
internal sealed class LiteDbFile : IDisposable
{
    public LiteDbFile() => Database = Open(Path);

    public string Path { get; } = Repo.NewDataFile();

    public AssistantDatabase Database { get; private set; }

    /// <summary>Closes the file and opens it again, as a restart does.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = Open(Path);
    }

    public void Dispose() => Database.Dispose();

    private static AssistantDatabase Open(string path) => new(Options.Create(new LiteDbOptions { Path = path }));
}

public sealed class LiteDbOutboxTests : OutboxContract, IDisposable
{
    private readonly LiteDbFile _file = new();

    public LiteDbOutboxTests() => Outbox = new LiteDbOutbox(_file.Database);

    protected override IOutbox Outbox { get; }

    [Fact]
    public async Task Messages_not_marked_sent_are_still_there_after_a_restart()
    {
        var queued = await Outbox.EnqueueAsync([Reply(1, "sent"), Reply(1, "not yet sent")], CancellationToken.None);
        await ClaimAsync("before the crash");
        await Outbox.MarkDoneAsync([queued[0].Id], OutboxOutcome.Sent, CancellationToken.None);

        _file.Reopen();
        var reopened = new LiteDbOutbox(_file.Database);

        var claimed = await reopened.ClaimAsync("after the restart", Now.AddMinutes(11), Now.AddMinutes(21), 10, CancellationToken.None);
        Assert.Equal(["not yet sent"], Texts(claimed));
    }

    public void Dispose() => _file.Dispose();
}

public sealed class LiteDbTurnStoreTests : TurnStoreContract, IDisposable
{
    private readonly LiteDbFile _file = new();

    public LiteDbTurnStoreTests()
    {
        var db = _file.Database;
        Turns = new LiteDbTurnStore(db, new LiteDbProcessedUpdates(db, TimeProvider.System), TimeProvider.System);
        Conversations = new LiteDbConversationStore(db);
        Profiles = new LiteDbUserProfileStore(db);
        Jobs = new LiteDbScheduledJobStore(db);
        Outbox = new LiteDbOutbox(db);
    }

    protected override ITurnStore Turns { get; }

    protected override IConversationStore Conversations { get; }

    protected override IUserProfileStore Profiles { get; }

    protected override IScheduledJobStore Jobs { get; }

    protected override IOutbox Outbox { get; }

    public void Dispose() => _file.Dispose();
}
