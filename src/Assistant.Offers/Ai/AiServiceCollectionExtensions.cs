using Assistant.Ai;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Offers.Ai;

internal static class AiServiceCollectionExtensions
{
    /// <summary>
    /// The answer writer: the AI one when <c>Ai:Provider</c> is set, otherwise one that sends nothing
    /// anywhere. The AI service itself (settings, client, name in the privacy notice) is <c>AddAi</c>'s.
    /// </summary>
    public static IServiceCollection AddOfferAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddAi(configuration);
        if (Assistant.Ai.AiServiceCollectionExtensions.ProviderOf(configuration) == AiProvider.None)
        {
            services.TryAddSingleton<IAnswerWriter, OfflineAnswerWriter>();
            return services;
        }

        services.TryAddSingleton<IAnswerWriter, AiAnswerWriter>();
        return services;
    }
}
