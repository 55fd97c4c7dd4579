using Assistant.Indicators.Ledger;
using Assistant.Storage.PostgreSql;
using Assistant.Storage.PostgreSql.Features;
using Microsoft.Extensions.Options;

namespace Assistant.Indicators.Tests;

/// <summary>The ledger contract on PostgreSQL: a database of this class's own on the cluster of <c>scripts/postgres.sh</c>.</summary>
public sealed class PostgreSqlLedgerStoreTests(PostgreSqlLedgerStoreTests.Database database)
    : LedgerStoreContract, IClassFixture<PostgreSqlLedgerStoreTests.Database>, IAsyncLifetime
{
    protected override ILedgerStore Ledger => new PostgreSqlLedgerStore(database.Store);

    public async Task InitializeAsync()
    {
        Skip.If(TestPostgres.Skipped, "ASSISTANT_SKIP_POSTGRES=1");
        await database.EmptyAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [SkippableFact]
    public async Task The_figures_come_out_the_same_on_the_database()
    {
        var figures = await (await FunderFigureTests.SeededAsync(new FunderWorld(Ledger))).FiguresAsync();

        Assert.Equal(5, figures["ehrenamt/volunteers"]);
        Assert.Equal(3, figures["antidiskriminierung/religion"]);
    }

    /// <summary>The migrated database the tests of the class share.</summary>
    public sealed class Database : IAsyncLifetime
    {
        private TestPostgresDatabase? _test;
        private PostgreSqlDatabase? _store;

        public PostgreSqlDatabase Store => _store ?? throw new InvalidOperationException(TestPostgres.NotRunning);

        public async Task InitializeAsync()
        {
            if (TestPostgres.Skipped || TestPostgres.ConnectionString() is null)
            {
                return;
            }

            _test = await TestPostgresDatabase.CreateAsync("ledger");
            _store = new PostgreSqlDatabase(Options.Create(new PostgreSqlOptions { ConnectionString = _test.ConnectionString }));
            await Schema.MigrateAsync(_store, CancellationToken.None);
        }

        public Task EmptyAsync() => (_test ?? throw new InvalidOperationException(TestPostgres.NotRunning)).EmptyAsync();

        public async Task DisposeAsync()
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }

            if (_test is not null)
            {
                await _test.DisposeAsync();
            }
        }
    }
}
