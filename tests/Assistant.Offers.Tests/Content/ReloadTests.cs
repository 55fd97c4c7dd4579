using Assistant.Offers.Content;
using Assistant.Offers.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Offers.Tests.Content;

public sealed class ReloadTests : IDisposable
{
    private readonly ContentCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    [Fact]
    public void Valid_change_is_served_after_reload()
    {
        using var catalog = TestContent.Catalog(_copy.Folder);
        var changed = 0;
        catalog.ContentChanged += _ => changed++;
        Assert.Equal("Sprachcafé", catalog.Content.Find("language-cafe")!.Text("de").Title);

        _copy.Replace("offers/language-cafe.yaml", "title: \"Sprachcafé\"", "title: \"Sprachcafé am Mittwoch\"");
        var result = catalog.Reload();

        Assert.True(result.Succeeded);
        Assert.Equal("Sprachcafé am Mittwoch", catalog.Content.Find("language-cafe")!.Text("de").Title);
        Assert.Equal(1, changed);
    }

    [Fact]
    public void Invalid_change_is_refused_and_the_last_valid_content_stays_in_service()
    {
        var logger = new FakeLogger<OfferCatalog>();
        using var catalog = TestContent.Catalog(_copy.Folder, logger: logger);
        var search = TestContent.Search(catalog);
        var before = catalog.Content;

        _copy.Replace("offers/city-pass.yaml", "category: community", "category: nowhere");
        var result = catalog.Reload();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("city-pass", "category"), (error.OfferId, error.Field));
        Assert.Same(before, catalog.Content);
        Assert.Equal("city-pass", search.Search("Sozialpass", "de").Best?.Offer.Id);
        var log = logger.Collector.LatestRecord;
        Assert.Equal(LogLevel.Error, log.Level);
        Assert.Contains("offer 'city-pass': field 'category'", log.Message, StringComparison.Ordinal);
        Assert.Contains("still serving the last valid content", log.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fixing_the_content_after_a_refusal_loads_it()
    {
        using var catalog = TestContent.Catalog(_copy.Folder);
        _ = catalog.Content;
        _copy.Replace("offers/city-pass.yaml", "category: community", "category: nowhere");
        Assert.False(catalog.Reload().Succeeded);

        _copy.Replace("offers/city-pass.yaml", "category: nowhere", "category: counselling");

        Assert.True(catalog.Reload().Succeeded);
        Assert.Equal("counselling", catalog.Content.Find("city-pass")!.Category);
    }

    [Fact]
    public void Invalid_content_at_the_first_load_throws_with_the_errors()
    {
        _copy.Replace("offers/newsletter.yaml", "registration: false", "registration: maybe");
        using var catalog = TestContent.Catalog(_copy.Folder);

        var e = Assert.Throws<OfferContentException>(() => catalog.Content);

        Assert.Equal(("newsletter", "registration"), (e.Errors[0].OfferId, e.Errors[0].Field));
    }

    [Fact]
    public async Task Watcher_reloads_a_moment_after_staff_save_a_file()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new OffersOptions { ContentPath = _copy.Folder, ReloadDelay = TimeSpan.FromSeconds(2) });
        using var catalog = new OfferCatalog(options, time, NullLogger<OfferCatalog>.Instance);
        using var watcher = new OfferContentWatcher(catalog, options, time, NullLogger<OfferContentWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);

        _copy.Replace("offers/language-cafe.yaml", "title: \"Sprachcafé\"", "title: \"Sprachcafé neu\"");

        // The file system reports the change on its own thread; keep moving time until it has.
        for (var i = 0; i < 200 && catalog.Content.Find("language-cafe")!.Text("de").Title != "Sprachcafé neu"; i++)
        {
            await Task.Delay(25);
            time.Advance(TimeSpan.FromSeconds(2));
        }

        Assert.Equal("Sprachcafé neu", catalog.Content.Find("language-cafe")!.Text("de").Title);
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Watcher_waits_until_the_folder_is_quiet()
    {
        var time = new FakeTimeProvider();
        var options = Options.Create(new OffersOptions { ContentPath = _copy.Folder, ReloadDelay = TimeSpan.FromSeconds(5) });
        using var catalog = new OfferCatalog(options, time, NullLogger<OfferCatalog>.Instance);
        using var watcher = new OfferContentWatcher(catalog, options, time, NullLogger<OfferContentWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        var loadedAt = catalog.Content.LoadedAt;

        _copy.Replace("offers/language-cafe.yaml", "title: \"Sprachcafé\"", "title: \"Sprachcafé neu\"");
        await Task.Delay(500);
        time.Advance(TimeSpan.FromSeconds(4));

        Assert.Equal(loadedAt, catalog.Content.LoadedAt);
        await watcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Searches_running_during_reloads_never_fail()
    {
        using var catalog = TestContent.Catalog(_copy.Folder);
        var search = TestContent.Search(catalog);
        using var stop = new CancellationTokenSource();
        var failures = 0;

        var searchers = Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                if (search.Search("Stadtteilmütter", "de").Best?.Offer.Id != "neighbourhood-mothers")
                {
                    Interlocked.Increment(ref failures);
                }
            }
        })).ToArray();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(catalog.Reload().Succeeded);
        }

        await stop.CancelAsync();
        await Task.WhenAll(searchers);
        Assert.Equal(0, failures);
    }
}
