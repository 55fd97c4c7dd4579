using Assistant.Core.Conversations;
using Assistant.Core.Staff;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Translation;

/// <summary>
/// The relay's messages with machine translation: the participant's reach staff translated with the original
/// below; staff answers reach the participant translated, with an "Original" button. A translation that does
/// not come within <c>Ai:TranslationWait</c> never holds a message up: the original goes on at once, marked,
/// and the translation follows or is dropped with a note to staff.
/// </summary>
internal sealed class TranslatedRelay(
    TicketTranslation translation,
    PendingTranslations pending,
    TicketService tickets,
    IStaffChats staffChats,
    IUserMessenger messenger,
    StaffTexts texts,
    IOptions<HandoffOptions> options)
{
    public const string OriginalCommand = "/original";

    /// <summary>Posts a participant's message in the ticket's topic (<paramref name="earlier"/>: held until the claim).</summary>
    public async Task ToStaffAsync(HandoffTicket ticket, long? participant, RelayedMessage message, bool earlier, CancellationToken cancellationToken)
    {
        var mode = await translation.ModeAsync(ticket, participant, cancellationToken).ConfigureAwait(false);
        var hasWords = !string.IsNullOrWhiteSpace(message.Text) || message.Files.Any(f => f.Kind == AttachmentKind.Voice);
        if (mode != TranslationMode.Translate || !hasWords)
        {
            // The note first, so the person's message stays the latest in the topic.
            await TellStaffOnceAsync(ticket, mode, cancellationToken).ConfigureAwait(false);
            await PostAsync(await CurrentAsync(ticket, cancellationToken).ConfigureAwait(false), FromParticipant(message, message.Text, earlier), cancellationToken).ConfigureAwait(false);
            return;
        }

        var work = pending.Start(token => translation.ToStaffAsync(ticket.Language, message.Text, message.Files, token));
        if (await pending.WaitAsync(work, cancellationToken).ConfigureAwait(false))
        {
            var done = await work.ConfigureAwait(false);
            var text = done.Translation is { } translated
                ? $"{translated}\n\n{texts.Get("translation.staff_original", ("language_name", texts.LanguageName(ticket.Language)))}\n{done.Original}"
                : $"{Or(done.Original, message.Text)}\n\n{texts.Get("translation.staff_failed_mark")}";
            await PostAsync(ticket, FromParticipant(message, text, earlier), cancellationToken).ConfigureAwait(false);
            return;
        }

        await PostAsync(ticket, FromParticipant(message, $"{TicketDesk.TextOrFiles(message.Text)}\n\n{texts.Get("translation.staff_pending_mark")}", earlier), cancellationToken).ConfigureAwait(false);
        pending.Follow(async token =>
        {
            var late = await work.ConfigureAwait(false);
            var note = late.Translation is { } translated
                ? texts.Message("translation.staff_late", ("time", texts.When(message.At)), ("translation", translated), ("text", late.Original))
                : texts.Message("translation.staff_dropped", ("time", texts.When(message.At)));
            await PostAsync(await CurrentAsync(ticket, token).ConfigureAwait(false), note, token).ConfigureAwait(false);
        });
    }

    /// <summary>Sends a staff answer to the participant; <paramref name="signed"/> wraps a text in the signature.</summary>
    public async Task ToParticipantAsync(HandoffTicket ticket, long participant, StaffChatMessage message, Func<string, OutgoingMessage> signed, CancellationToken cancellationToken)
    {
        var mode = await translation.ModeAsync(ticket, participant, cancellationToken).ConfigureAwait(false);
        if (mode != TranslationMode.Translate || string.IsNullOrWhiteSpace(message.Text))
        {
            await messenger.SendAsync(participant, [signed(TicketDesk.TextOrFiles(message.Text)) with { Attachments = message.Attachments }], cancellationToken).ConfigureAwait(false);
            await TellStaffOnceAsync(ticket, mode, cancellationToken).ConfigureAwait(false);
            return;
        }

        var original = message.Text.Trim();
        var work = pending.Start(token => translation.ToParticipantAsync(original, ticket.Language, token));
        if (await pending.WaitAsync(work, cancellationToken).ConfigureAwait(false))
        {
            var translated = await work.ConfigureAwait(false);
            var text = translated ?? $"{original}\n\n{ForParticipant(ticket, "translation.failed")}";
            var withButton = translated is null ? signed(text) : await WithOriginalButtonAsync(ticket, signed(text), original, cancellationToken).ConfigureAwait(false);
            await messenger.SendAsync(participant, [withButton with { Attachments = message.Attachments }], cancellationToken).ConfigureAwait(false);
            if (translated is null)
            {
                await PostAsync(ticket, texts.Message("translation.answer_not_translated"), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        await messenger.SendAsync(participant, [signed($"{original}\n\n{ForParticipant(ticket, "translation.pending")}") with { Attachments = message.Attachments }], cancellationToken).ConfigureAwait(false);
        pending.Follow(async token =>
        {
            if (await work.ConfigureAwait(false) is { } translated)
            {
                var late = texts.Plain(ticket.Language, texts.Catalog.Get(ticket.Language, "translation.late", new Dictionary<string, string> { ["text"] = translated }));
                await messenger.SendAsync(participant, [late], token).ConfigureAwait(false);
            }
            else
            {
                await PostAsync(await CurrentAsync(ticket, token).ConfigureAwait(false), texts.Message("translation.answer_not_translated"), token).ConfigureAwait(false);
            }
        });
    }

    /// <summary>
    /// After a counsellor got a report privately: its description and voice messages, translated, follow when
    /// the person agreed to machine translation. Without that consent nothing of the report leaves the server.
    /// </summary>
    public async Task ReportToStaffAsync(HandoffTicket ticket, TicketContent content, long staffUserId, CancellationToken cancellationToken)
    {
        if (content.Report is not { } report
            || await translation.ModeAsync(ticket, content.ParticipantId, cancellationToken).ConfigureAwait(false) != TranslationMode.Translate)
        {
            return;
        }

        pending.Follow(async token =>
        {
            var done = await translation.ToStaffAsync(ticket.Language, report.Description, report.Files, token).ConfigureAwait(false);
            if (done.Original.Length == 0)
            {
                return;
            }

            var message = done.Translation is { } translated
                ? texts.Message("translation.report", ("ticket", ticket.Id), ("language_name", texts.LanguageName(ticket.Language)), ("translation", translated), ("text", done.Original))
                : texts.Message("translation.report_failed", ("ticket", ticket.Id));
            await messenger.SendAsync(staffUserId, [message], token).ConfigureAwait(false);
        });
    }

    /// <summary>Tells the topic once per ticket that there is no machine translation, and that an interpreter helps.</summary>
    public async Task TellStaffOnceAsync(HandoffTicket ticket, TranslationMode mode, CancellationToken cancellationToken)
    {
        var key = mode switch
        {
            TranslationMode.Refused => "translation.no_translation_refused",
            TranslationMode.Unavailable => "translation.no_translation_available",
            _ => null,
        };
        if (key is null)
        {
            return;
        }

        var marked = await tickets.MarkOnceAsync(ticket.Id, t => t.NoTranslationToldStaff, t => t with { NoTranslationToldStaff = true }, cancellationToken).ConfigureAwait(false);
        if (marked.Outcome == TicketOutcome.Done)
        {
            await PostAsync(marked.Ticket!, texts.Message(key, ("language_name", texts.LanguageName(ticket.Language))), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<OutgoingMessage> WithOriginalButtonAsync(HandoffTicket ticket, OutgoingMessage message, string original, CancellationToken cancellationToken)
    {
        var kept = await tickets.KeepOriginalAsync(ticket.Id, original, cancellationToken).ConfigureAwait(false);
        if (kept.Content is not { } content)
        {
            return message;
        }

        var label = texts.Catalog.Get(ticket.Language, "translation.original_button");
        return message with { Buttons = [[new Button(label, $"{OriginalCommand} {ticket.Id} {content.Originals.Count - 1}")]] };
    }

    private OutgoingMessage FromParticipant(RelayedMessage message, string? text, bool earlier) =>
        (earlier
            ? texts.Message("tickets.from_participant_earlier", ("text", TicketDesk.TextOrFiles(text)), ("time", texts.When(message.At)))
            : texts.Message("tickets.from_participant", ("text", TicketDesk.TextOrFiles(text)))) with { Attachments = message.Files };

    private string ForParticipant(HandoffTicket ticket, string key) => texts.Catalog.Get(ticket.Language, key);

    private static string Or(string text, string fallback) => string.IsNullOrWhiteSpace(text) ? fallback : text;

    private async Task<HandoffTicket> CurrentAsync(HandoffTicket ticket, CancellationToken cancellationToken) =>
        await tickets.GetAsync(ticket.Id, cancellationToken).ConfigureAwait(false) ?? ticket;

    private Task<StaffPost> PostAsync(HandoffTicket ticket, OutgoingMessage message, CancellationToken cancellationToken) =>
        ticket.Post is { } post
            ? staffChats.ReplyAsync(post, message, cancellationToken)
            : staffChats.PostAsync(options.Value.ChatFor(ticket.Kind), message, null, cancellationToken);
}
