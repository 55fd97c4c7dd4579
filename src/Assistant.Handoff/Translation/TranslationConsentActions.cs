using Assistant.Core.Dialogs;
using Assistant.Core.Privacy;
using Assistant.Core.Users;

namespace Assistant.Handoff.Translation;

/// <summary>
/// Handlers of <c>dialogs/translation-consent.yaml</c> (<c>/translation</c>): consent to machine translation
/// is taken back as easily as it was given, and can be given later.
/// </summary>
internal sealed class TranslationConsentActions(TicketTranslation translation, ConsentRecorder consent, IAiServiceName service) : IFlowActions
{
    public string FlowId => "translation-consent";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["load"] = Load,
        ["save"] = Save,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private ValueTask<string?> Load(ActionContext context, CancellationToken cancellationToken)
    {
        if (!translation.IsAvailable || service.Name is not { } name)
        {
            return ValueTask.FromResult<string?>("unavailable");
        }

        context.Values["service"] = name;
        return ValueTask.FromResult<string?>(null);
    }

    private ValueTask<string?> Save(ActionContext context, CancellationToken cancellationToken)
    {
        var agreed = context.Take("answer") == "yes";
        context.Values.Remove("service");
        context.UpdateProfile(p => consent.RecordMachineTranslation(p, agreed));
        return ValueTask.FromResult<string?>(agreed ? null : "declined");
    }
}
