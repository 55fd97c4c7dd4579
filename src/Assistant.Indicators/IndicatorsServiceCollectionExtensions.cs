using Assistant.Core.Privacy;
using Assistant.Core.Staff;
using Assistant.Handoff.Security;
using Assistant.Handoff.Tickets;
using Assistant.Indicators.Counting;
using Assistant.Indicators.Ledger;
using Assistant.Indicators.Staff;
using Assistant.Workshops.Content;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Indicators;

public static class IndicatorsServiceCollectionExtensions
{
    /// <summary>
    /// Funder figures: the anonymous ledger written as places are confirmed and tickets closed, the
    /// <c>/indicators</c> staff command with CSV, Excel and SVG, and erasure that keeps the figures.
    /// Call after the workshop and ticket stores are registered: it wraps them to write the ledger.
    /// The ledger store comes from the storage project (<c>AddLiteDbIndicatorStores</c>); in memory otherwise.
    /// </summary>
    public static IServiceCollection AddIndicators(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<IndicatorsOptions>()
            .Bind(configuration.GetSection(IndicatorsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ILedgerStore, InMemoryLedgerStore>();
        services.AddSingleton<PersonPseudonyms>();
        services.AddSingleton<FunderReport>();

        services.Decorate<IRegistrationStore>((sp, inner) => new LedgerRegistrationStore(
            inner,
            sp.GetRequiredService<ILedgerStore>(),
            sp.GetRequiredService<PersonPseudonyms>(),
            registration => SessionFacts.From(sp.GetRequiredService<WorkshopCatalog>(), registration),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LedgerRegistrationStore>>()));
        services.Decorate<ITicketStore>((sp, inner) => new LedgerTicketStore(
            inner,
            sp.GetRequiredService<ILedgerStore>(),
            // Opened at the first report only: without an encryption key reports are off and so is this.
            new Lazy<ContentProtector>(sp.GetRequiredService<ContentProtector>),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<LedgerTicketStore>>()));

        services.AddSingleton<IStaffCommand, IndicatorsCommand>();
        services.AddSingleton<IPersonalDataArea, LedgerDataArea>();
        services.AddHostedService<IndicatorFileCheck>();
        return services;
    }

    /// <summary>Replaces the last registration of <typeparamref name="T"/> by <paramref name="wrap"/> around it.</summary>
    private static void Decorate<T>(this IServiceCollection services, Func<IServiceProvider, T, T> wrap)
        where T : class
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)
            ?? throw new InvalidOperationException($"AddIndicators must come after the {typeof(T).Name} is registered: it counts what that store saves.");
        services.Remove(inner);
        services.AddSingleton(sp => wrap(sp, (T)(inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, inner.ImplementationType!))));
    }
}

/// <summary>Reads the indicators file at start, so a mistake in it stops the bot with the file and the problem named.</summary>
internal sealed class IndicatorFileCheck(FunderReport report, ILogger<IndicatorFileCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var file = report.LoadFile();
        logger.LogInformation("{Count} funded projects with {Indicators} indicators read", file.Projects.Count, file.Projects.Sum(p => p.Indicators.Count));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
