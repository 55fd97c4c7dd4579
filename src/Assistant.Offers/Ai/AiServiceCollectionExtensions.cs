using Assistant.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Ai;

internal static class AiServiceCollectionExtensions
{
    /// <summary>
    /// The answer writer: the AI one when <c>Ai:Provider</c> is set, otherwise one that sends nothing
    /// anywhere. Settings are checked at start either way.
    /// </summary>
    public static IServiceCollection AddOfferAi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AiOptions>()
            .Bind(configuration.GetSection(AiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiOptions>, AiOptionsValidator>());

        if (ProviderOf(configuration) == AiProvider.None)
        {
            services.TryAddSingleton<IAnswerWriter, OfflineAnswerWriter>();
            return services;
        }

        // Replaces the core's "no AI service", so the privacy notice names this one.
        services.AddSingleton<IAiServiceName, AiServiceName>();
        services.TryAddSingleton<AiChat>();
        services.TryAddSingleton<IAnswerWriter, AiAnswerWriter>();
        return services;
    }

    // Read before the options exist, because it decides what is registered; a wrong name stops the start here.
    private static AiProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration[$"{AiOptions.Section}:{nameof(AiOptions.Provider)}"];
        if (string.IsNullOrWhiteSpace(value))
        {
            return AiProvider.None;
        }

        return Enum.TryParse<AiProvider>(value, ignoreCase: true, out var provider) && Enum.IsDefined(provider) && !char.IsDigit(value.Trim()[0])
            ? provider
            : throw new OptionsValidationException(AiOptions.Section, typeof(AiOptions), [
                $"{AiOptions.Section}:Provider '{value}' is not one of {string.Join(", ", Enum.GetNames<AiProvider>())}."]);
    }
}
