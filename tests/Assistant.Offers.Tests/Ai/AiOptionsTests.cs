using Assistant.Ai;
using Assistant.Offers.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Tests.Ai;

public sealed class AiOptionsTests
{
    [Fact]
    public void Without_a_provider_nothing_that_sends_is_registered()
    {
        var services = new ServiceCollection().AddLogging();

        services.AddOffers(Configuration([]));

        Assert.DoesNotContain(services, s => s.ServiceType == typeof(AiChat));
        using var provider = services.BuildServiceProvider();
        Assert.IsType<OfflineAnswerWriter>(provider.GetRequiredService<IAnswerWriter>());
    }

    [Theory]
    [InlineData("OpenAICompatible", null, "http://127.0.0.1:11434/v1", null, "Ai:Model is required")]
    [InlineData("OpenAICompatible", "llama3", null, null, "Ai:Endpoint is required")]
    [InlineData("AzureOpenAI", "gpt-4o-mini", null, "key", "Ai:Endpoint is required")]
    [InlineData("OpenAI", "gpt-4o-mini", null, null, "Ai:ApiKey is required")]
    [InlineData("OpenAICompatible", "llama3", "localhost:11434", null, "Ai:Endpoint 'localhost:11434' is not an absolute address")]
    public async Task Incomplete_settings_stop_the_start_naming_the_key(string provider, string? model, string? endpoint, string? apiKey, string expected)
    {
        using var host = Host(new()
        {
            ["Ai:Provider"] = provider,
            ["Ai:Model"] = model,
            ["Ai:Endpoint"] = endpoint,
            ["Ai:ApiKey"] = apiKey,
        });

        var e = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_provider_is_named()
    {
        var e = Assert.Throws<OptionsValidationException>(() => new ServiceCollection().AddOffers(Configuration(new() { ["Ai:Provider"] = "Gemini" })));

        Assert.Contains("Ai:Provider 'Gemini' is not one of None, OpenAI, AzureOpenAI, OpenAICompatible", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Complete_settings_start_and_use_the_ai_writer()
    {
        using var host = Host(new()
        {
            ["Ai:Provider"] = "openaicompatible",
            ["Ai:Model"] = "llama3",
            ["Ai:Endpoint"] = "http://127.0.0.1:11434/v1",
        });

        await host.StartAsync();
        Assert.IsType<AiAnswerWriter>(host.Services.GetRequiredService<IAnswerWriter>());
        await host.StopAsync();
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings)
    {
        settings["Offers:ContentPath"] = TestContent.Folder;
        settings["Offers:WatchForChanges"] = "false";
        return new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
    }

    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.AddConfiguration(Configuration(settings));
        builder.Services.AddOffers(builder.Configuration);
        return builder.Build();
    }
}
