using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Handoff.Tickets;

namespace Assistant.Handoff.Translation;

/// <summary>
/// Handlers of <c>dialogs/translation-original.yaml</c>: the "Original" button under a translated staff
/// answer shows the answer as staff wrote it. The argument (case number and answer number) is checked
/// against the person: only the ticket's own participant sees its originals.
/// </summary>
internal sealed class TranslationOriginalActions(TicketService tickets) : IFlowActions
{
    public string FlowId => "translation-original";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["show"] = ShowAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> ShowAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var parts = (context.Value("argument") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 2
            && tickets.IsActive
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            && await tickets.GetAsync(parts[0], cancellationToken).ConfigureAwait(false) is { } ticket
            && ticket.ParticipantKey == tickets.ParticipantKey(context.UserId)
            && tickets.Open(ticket).Originals is { } originals
            && number < originals.Count)
        {
            context.Say("translation.original", new Dictionary<string, string> { ["text"] = originals[number] });
            return null;
        }

        context.Say("translation.original_gone");
        return null;
    }
}
