using Assistant.Offers.Content;
using Assistant.Offers.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Tests;

public sealed class OffersServiceCollectionExtensionsTests
{
    [Fact]
    public async Task Host_starts_with_the_real_content_and_answers_questions()
    {
        using var host = Build(TestContent.Folder);

        await host.StartAsync();
        var result = host.Services.GetRequiredService<OfferSearch>().Search("Stadtteilmütter", "de");
        await host.StopAsync();

        Assert.Equal("neighbourhood-mothers", result.Best?.Offer.Id);
    }

    [Fact]
    public async Task Missing_content_folder_stops_the_host_naming_the_key()
    {
        using var host = Build(Path.Combine(Path.GetTempPath(), "no-such-content-" + Guid.NewGuid().ToString("N")));

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("Offers:ContentPath", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_content_stops_the_host_naming_file_offer_and_field()
    {
        using var copy = new ContentCopy();
        copy.Replace("offers/city-pass.yaml", "category: community", "category: nowhere");
        using var host = Build(copy.Folder);

        var e = await Assert.ThrowsAsync<OfferContentException>(() => host.StartAsync());

        Assert.Contains("offer 'city-pass': field 'category'", e.Message, StringComparison.Ordinal);
    }

    private static IHost Build(string contentPath)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Offers:ContentPath"] = contentPath,
            ["Offers:WatchForChanges"] = "false",
        });
        builder.Services.AddOffers(builder.Configuration);
        return builder.Build();
    }
}
