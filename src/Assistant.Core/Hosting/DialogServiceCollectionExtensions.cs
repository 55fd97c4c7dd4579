using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Onboarding;
using Assistant.Core.Privacy;
using Assistant.Core.Safety;
using Assistant.Core.Scheduling;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Hosting;

public static class DialogServiceCollectionExtensions
{
    /// <summary>The dialog engine with the flows of <c>dialogs/</c>, the texts of <c>localization/</c> and the core flows' handlers.</summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DialogOptions>()
            .Bind(configuration.GetSection(DialogOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => TextCatalog.LoadFolder(ContentPaths.Resolve(sp.GetRequiredService<IOptions<DialogOptions>>().Value.LocalizationPath)));
        services.AddSingleton(sp => FlowRegistry.Load(
            ContentPaths.Resolve(sp.GetRequiredService<IOptions<DialogOptions>>().Value.FlowsPath),
            sp.GetServices<IFlowActions>(),
            sp.GetRequiredService<TextCatalog>()));
        // Stores on disk register their own outbox and one-transaction turn store; these are the in-memory defaults.
        services.TryAddSingleton<IOutbox, InMemoryOutbox>();
        services.TryAddSingleton<OutboxFeed>();
        services.TryAddSingleton<ITurnStore>(sp => new SeparateWritesTurnStore(
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IUserProfileStore>(),
            sp.GetService<IScheduledJobStore>() ?? new InMemoryScheduledJobStore(),
            sp.GetRequiredService<IOutbox>(),
            sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DialogEngine>();
        services.AddSafety(configuration);
        services.AddSingleton<IConversationHandler, FloodGuard>();
        services.AddHostedService<DialogStartupCheck>();

        services.AddFlowActions<OnboardingActions>();
        services.AddFlowActions<LanguageActions>();
        services.AddFlowActions<PrivacyActions>();
        services.AddFlowActions<PrivacyDetailsActions>();
        services.TryAddSingleton<IAiServiceName, NoAiService>();
        services.AddFlowActions<MyDataActions>();
        services.AddFlowActions<DeleteDataActions>();
        services.AddSingleton<IPersonalDataArea, ProfileDataArea>();
        services.AddSingleton<ConsentRecorder>();
        return services;
    }

    /// <summary>Registers the handlers of one flow file.</summary>
    public static IServiceCollection AddFlowActions<T>(this IServiceCollection services)
        where T : class, IFlowActions
    {
        services.AddSingleton<IFlowActions, T>();
        return services;
    }
}
