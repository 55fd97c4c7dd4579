using Assistant.Core.Hosting;
using Assistant.Core.Safety;
using Assistant.Offers.Ai;
using Assistant.Offers.Content;
using Assistant.Offers.Evaluation;
using Assistant.Offers.Flows;
using Assistant.Offers.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Offers;

public static class OffersServiceCollectionExtensions
{
    /// <summary>
    /// The offers catalog, its reload watcher, the free-question search (section <c>Offers</c>), the
    /// handlers of <c>dialogs/offers.yaml</c> and <c>dialogs/question.yaml</c>, and the optional AI answers
    /// (section <c>Ai</c>). A missing content folder, invalid content or AI settings stop the host at start.
    /// </summary>
    public static IServiceCollection AddOffers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OffersOptions>()
            .Bind(configuration.GetSection(OffersOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OffersOptions>, OffersOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<OfferCatalog>();
        services.AddSingleton<OfferSearch>();

        // Distress recognition with stems as well; Core's plain recognizer is the fallback without the offers.
        services.Replace(ServiceDescriptor.Singleton<IDistressRecognizer, AnalyzedDistressRecognizer>());
        services.AddSingleton<AskRunner>();
        services.AddSingleton<EvaluationRunner>();
        services.AddHostedService<OfferContentWatcher>();

        services.AddOfferAi(configuration);
        services.AddFlowActions<OffersActions>();
        services.AddFlowActions<QuestionActions>();
        return services;
    }
}
