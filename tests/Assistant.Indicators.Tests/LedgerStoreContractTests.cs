using Assistant.Indicators.Ledger;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Indicators;
using Microsoft.Extensions.Options;

namespace Assistant.Indicators.Tests;

/// <summary>What every ledger store must do, whichever database holds it.</summary>
public abstract class LedgerStoreContract
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract ILedgerStore Ledger { get; }

    [SkippableFact]
    public async Task An_event_written_twice_counts_once_and_keeps_its_first_form()
    {
        Assert.True(await Ledger.AppendAsync(Event("place:w1", "p1") with { Tags = ["religion", "gender"] }, CancellationToken.None));
        Assert.False(await Ledger.AppendAsync(Event("place:w1", "p2"), CancellationToken.None));

        var stored = Assert.Single(await Ledger.AllAsync(CancellationToken.None));
        Assert.Equal(("p1", At, LedgerEventKind.PlaceTaken), (stored.Person, stored.At, stored.Kind));
        Assert.Equal(["religion", "gender"], stored.Tags);
    }

    [SkippableFact]
    public async Task Replacing_a_pseudonym_changes_every_event_of_that_person_only()
    {
        await Ledger.AppendAsync(Event("place:w1", "p1"), CancellationToken.None);
        await Ledger.AppendAsync(Event("place:w2", "p1"), CancellationToken.None);
        await Ledger.AppendAsync(Event("place:w3", "p2"), CancellationToken.None);

        Assert.Equal(2, await Ledger.ReplacePersonAsync("p1", "r9", CancellationToken.None));

        Assert.Equal(["p2", "r9", "r9"], (await Ledger.AllAsync(CancellationToken.None)).Select(e => e.Person).Order());
    }

    [SkippableFact]
    public async Task The_salt_stays_the_same()
    {
        var salt = await Ledger.SaltAsync(CancellationToken.None);

        Assert.Equal(32, salt.Length);
        Assert.Equal(salt, await Ledger.SaltAsync(CancellationToken.None));
    }

    private static IndicatorEvent Event(string id, string person) =>
        new() { Id = id, Kind = LedgerEventKind.PlaceTaken, At = At, Subject = "w", Session = "w/s", SessionStart = At, Person = person };
}

public sealed class InMemoryLedgerStoreTests : LedgerStoreContract
{
    protected override ILedgerStore Ledger { get; } = new InMemoryLedgerStore();
}

public sealed class LiteDbLedgerStoreTests : LedgerStoreContract, IDisposable
{
    private readonly AssistantDatabase _db = new(Options.Create(new LiteDbOptions { Path = Repo.NewDataFile() }));

    public LiteDbLedgerStoreTests() => Ledger = new LiteDbLedgerStore(_db);

    protected override ILedgerStore Ledger { get; }

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task The_figures_come_out_the_same_on_the_data_file()
    {
        var figures = await (await FunderFigureTests.SeededAsync(new FunderWorld(Ledger))).FiguresAsync();

        Assert.Equal(5, figures["ehrenamt/volunteers"]);
        Assert.Equal(3, figures["antidiskriminierung/religion"]);
    }
}
