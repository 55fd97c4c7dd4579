using Assistant.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Safety;

public static class SafetyServiceCollectionExtensions
{
    /// <summary>
    /// Distress recognition (the expressions of <c>localization/safety/distress.yaml</c>) and the help lines
    /// (section <c>Safety</c>), checked at start. The plain recognizer is a fallback: a project with better
    /// word analysis (the offers search) replaces <see cref="IDistressRecognizer"/>.
    /// </summary>
    public static IServiceCollection AddSafety(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SafetyOptions>()
            .Bind(configuration.GetSection(SafetyOptions.Section))
            .PostConfigure(o =>
            {
                // Defaults only when nothing is configured: the binder would add configured lines to a filled list.
                if (o.HelpLines.Count == 0)
                {
                    o.HelpLines.AddRange(SafetyOptions.GermanDefaults);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SafetyOptions>, SafetyOptionsValidator>();
        services.AddSingleton(sp => DistressExpressions.Load(ContentPaths.Resolve(sp.GetRequiredService<IOptions<DialogOptions>>().Value.LocalizationPath)));
        services.TryAddSingleton<IDistressRecognizer, PlainDistressRecognizer>();
        services.AddSingleton<HelpLines>();
        services.AddSingleton<SafetyGate>();
        return services;
    }
}
