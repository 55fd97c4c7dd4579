using Assistant.Core.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Ai;

public static class AiServiceCollectionExtensions
{
    /// <summary>
    /// The optional AI service (section <c>Ai</c>): with <c>Ai:Provider</c> set, its chat client, translator and
    /// speech to text, and its name for the privacy notice; without one, a translator that sends nothing
    /// anywhere. Settings are checked at start either way. Features that use it may each call this.
    /// </summary>
    public static IServiceCollection AddAi(this IServiceCollection services, IConfiguration configuration)
    {
        if (services.Any(s => s.ServiceType == typeof(ITranslator)))
        {
            return services;
        }

        services.AddOptions<AiOptions>()
            .Bind(configuration.GetSection(AiOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AiOptions>, AiOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        if (ProviderOf(configuration) == AiProvider.None)
        {
            services.AddSingleton<NoMachineLanguage>();
            services.AddSingleton<ITranslator>(s => s.GetRequiredService<NoMachineLanguage>());
            services.AddSingleton<ISpeechToText>(s => s.GetRequiredService<NoMachineLanguage>());
            return services;
        }

        // Replaces the core's "no AI service", so the privacy notice names this one.
        services.AddSingleton<IAiServiceName, AiServiceName>();
        services.TryAddSingleton<AiChat>();
        services.AddSingleton<ITranslator, ChatTranslator>();
        services.AddSingleton<ISpeechToText>(s => new AudioTranscriber(
            s.GetRequiredService<AiChat>().Http,
            s.GetRequiredService<IOptions<AiOptions>>(),
            s.GetRequiredService<TimeProvider>(),
            s.GetRequiredService<Microsoft.Extensions.Logging.ILogger<AudioTranscriber>>()));
        return services;
    }

    /// <summary>
    /// The provider, read before the options exist because it decides what is registered; a wrong name
    /// stops the start here.
    /// </summary>
    public static AiProvider ProviderOf(IConfiguration configuration)
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
