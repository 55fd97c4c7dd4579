using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Core.Hosting;

/// <summary>
/// Loads and checks flows and texts before the host takes any message, so a broken file stops the
/// start with an error naming the file and key instead of surprising a user later.
/// </summary>
internal sealed class DialogStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<TextCatalog>();
        _ = services.GetRequiredService<FlowRegistry>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
