using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Tickets;

/// <summary>Texts for staff chats and staff members, in <c>Staff:Language</c>; and texts for a ticket's participant, in the ticket's language.</summary>
internal sealed class StaffTexts(TextCatalog texts, IOptions<StaffOptions> staff, IOptions<SchedulingOptions> scheduling)
{
    public string Language => staff.Value.Language;

    public TextCatalog Catalog => texts;

    public string Get(string key, params (string Name, string Value)[] values) =>
        texts.Get(Language, key, Args(values));

    public OutgoingMessage Message(string key, params (string Name, string Value)[] values) =>
        Plain(Language, Get(key, values));

    /// <summary>A text in the participant's language, with the direction their language is written in.</summary>
    public OutgoingMessage ForParticipant(string language, string key, params (string Name, string Value)[] values) =>
        Plain(language, texts.Get(language, key, Args(values)));

    public OutgoingMessage Plain(string language, string text) =>
        OutgoingMessage.Plain(text, texts.DirectionOf(language));

    /// <summary>The topic's name: case number, kind and language, such as "AD-2026-0042 · Meldung · ar".</summary>
    public string TopicTitle(HandoffTicket ticket) =>
        $"{ticket.Id} · {Get("tickets.kinds." + TicketKinds.Key(ticket.Kind))} · {ticket.Language}";

    /// <summary>A language for staff: its code and its own name, such as "ar (العربية)".</summary>
    public string LanguageName(string code) => $"{code} ({texts.NativeName(code)})";

    public string When(DateTimeOffset instant) => LocalFormat.DateTime(instant, Language, scheduling.Value.Zone);

    public string Date(DateTimeOffset instant, string language) => LocalFormat.Date(instant, language, scheduling.Value.Zone);

    /// <summary>The button that claims a ticket; its command works in any topic and in the chat itself.</summary>
    public Button ClaimButton(HandoffTicket ticket) => new(Get("tickets.claim_button"), "/claim " + ticket.Id);

    private static Dictionary<string, string> Args((string Name, string Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);
}
