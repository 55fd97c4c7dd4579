using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Translation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Tickets;

/// <summary>
/// What happens around a ticket: its topic in the staff chat, claiming, closing, notes, and who is told.
/// A report's content never goes into a chat: a counsellor with the anti-discrimination role gets it
/// privately when claiming (or with <c>/read</c>), and that is logged as read.
/// </summary>
internal sealed class TicketDesk(
    TicketService tickets,
    IStaffChats staffChats,
    IUserMessenger messenger,
    IStaffStore staff,
    StaffTexts texts,
    AuditTrail audit,
    TranslatedRelay translated,
    JobScheduler scheduler,
    IOptions<HandoffOptions> options,
    TimeProvider time,
    ILogger<TicketDesk> logger)
{
    public async Task<HandoffTicket> OpenAsync(long userId, string language, TicketKind kind, TicketContent content, CancellationToken cancellationToken)
    {
        var (ticket, _) = await tickets.CreateAsync(userId, language, kind, content, cancellationToken).ConfigureAwait(false);

        // Posted by a stored job, not in this turn: opening a topic may have to wait for Telegram, and the
        // participant (and everyone else) must not wait with it. The scheduler runs the job at once.
        await scheduler.ScheduleAsync(AnnounceJob.For(ticket.Id, 1, time.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        await tickets.ScheduleReannouncementAsync(ticket, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Ticket {TicketId} opened", ticket.Id);
        return ticket;
    }

    /// <summary>Posts the ticket's announcement, in a new topic when <paramref name="withTopic"/>, and keeps where it went.</summary>
    /// <exception cref="StaffChatUnavailableException">The staff chat cannot open the topic now; nothing was posted.</exception>
    public async Task AnnounceAsync(HandoffTicket ticket, bool withTopic, CancellationToken cancellationToken)
    {
        var post = await staffChats.PostAsync(options.Value.ChatFor(ticket.Kind), Announcement(ticket, tickets.Open(ticket)), withTopic ? texts.TopicTitle(ticket) : null, cancellationToken).ConfigureAwait(false);
        await tickets.SetPostAsync(ticket.Id, post, cancellationToken).ConfigureAwait(false);
    }

    public async Task<OutgoingMessage?> ClaimAsync(string id, StaffChatMessage by, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        var result = await tickets.ClaimAsync(id, by.FromUserId, roles, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TicketOutcome.Done)
        {
            return await RefusalAsync(result, id, cancellationToken).ConfigureAwait(false);
        }

        var ticket = result.Ticket!;
        var content = result.Content!;
        var name = await NameAsync(by.FromUserId, by.FromFirstName, cancellationToken).ConfigureAwait(false);
        await tickets.CancelReannouncementsAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by.FromUserId, AuditAction.Claimed, ticket.Id, cancellationToken).ConfigureAwait(false);
        if (ticket.IsReport)
        {
            await SendContentAsync(ticket, content, by.FromUserId, cancellationToken).ConfigureAwait(false);
        }

        await PostInTopicAsync(ticket, texts.Message(ticket.IsReport ? "tickets.claimed_report" : "tickets.claimed", ("ticket", ticket.Id), ("name", name)), cancellationToken).ConfigureAwait(false);
        foreach (var held in content.Held)
        {
            await translated.ToStaffAsync(ticket, content.ParticipantId, held, earlier: true, cancellationToken).ConfigureAwait(false);
        }

        if (content.ParticipantId is { } participant)
        {
            var claimed = options.Value.RelayName == RelayName.FirstName && by.FromFirstName is not null
                ? texts.ForParticipant(ticket.Language, "handoff.claimed_named", ("ticket", ticket.Id), ("name", by.FromFirstName), ("role", RoleName(ticket)))
                : texts.ForParticipant(ticket.Language, "handoff.claimed_role", ("ticket", ticket.Id), ("role", RoleName(ticket)));
            await messenger.SendAsync(participant, [claimed], cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>Sends the report (or request) to the staff member privately; for reports only to counsellors.</summary>
    public async Task<OutgoingMessage?> ReadAsync(string id, StaffChatMessage by, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        if (await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return texts.Message("tickets.not_found");
        }

        if (ticket.IsReport && !roles.Contains(StaffRole.AntiDiscrimination))
        {
            return texts.Message("tickets.report_role_needed");
        }

        await SendContentAsync(ticket, tickets.Open(ticket), by.FromUserId, cancellationToken).ConfigureAwait(false);
        return texts.Message("tickets.sent_privately", ("ticket", ticket.Id));
    }

    public async Task<OutgoingMessage?> CloseAsync(string id, StaffChatMessage by, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken)
    {
        if (await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) is { IsReport: true } && !roles.Contains(StaffRole.AntiDiscrimination))
        {
            return texts.Message("tickets.report_role_needed");
        }

        var result = await tickets.CloseAsync(id, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TicketOutcome.Done)
        {
            return await RefusalAsync(result, id, cancellationToken).ConfigureAwait(false);
        }

        var ticket = result.Ticket!;
        await tickets.CancelReannouncementsAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by.FromUserId, AuditAction.Closed, ticket.Id, cancellationToken).ConfigureAwait(false);
        var name = await NameAsync(by.FromUserId, by.FromFirstName, cancellationToken).ConfigureAwait(false);
        await PostInTopicAsync(ticket, texts.Message("tickets.closed", ("ticket", ticket.Id), ("name", name)), cancellationToken).ConfigureAwait(false);
        if (result.Content!.ParticipantId is { } participant)
        {
            await messenger.SendAsync(participant, [texts.ForParticipant(ticket.Language, "handoff.closed_by_staff", ("ticket", ticket.Id))], cancellationToken).ConfigureAwait(false);
        }

        return null;
    }

    /// <summary>The participant ended the conversation, or erased their data: staff are told in the topic.</summary>
    public async Task<bool> CloseForParticipantAsync(string id, bool erased, CancellationToken cancellationToken)
    {
        var result = await tickets.CloseAsync(id, cancellationToken).ConfigureAwait(false);
        if (result.Outcome != TicketOutcome.Done)
        {
            return false;
        }

        await tickets.CancelReannouncementsAsync(id, cancellationToken).ConfigureAwait(false);
        await PostInTopicAsync(result.Ticket!, texts.Message(erased ? "tickets.closed_erased" : "tickets.closed_by_participant", ("ticket", id)), cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<OutgoingMessage?> NoteAsync(string id, StaffChatMessage by, IReadOnlySet<StaffRole> roles, string note, CancellationToken cancellationToken)
    {
        if (await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } ticket)
        {
            return texts.Message("tickets.not_found");
        }

        if (ticket.IsReport && !roles.Contains(StaffRole.AntiDiscrimination))
        {
            return texts.Message("tickets.report_role_needed");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            return texts.Message("tickets.note_usage");
        }

        await tickets.AddNoteAsync(id, new TicketNote(time.GetUtcNow(), by.FromUserId, note.Trim()), cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(by.FromUserId, AuditAction.Noted, id, cancellationToken).ConfigureAwait(false);
        return texts.Message("tickets.note_saved");
    }

    public Task ReannounceAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        var message = texts.Message("tickets.reannounce", ("ticket", ticket.Id), ("time", texts.When(ticket.CreatedAt))) with
        {
            Buttons = [[texts.ClaimButton(ticket)]],
        };
        // In the chat itself rather than the topic, where it is seen among all topics.
        return staffChats.PostAsync(options.Value.ChatFor(ticket.Kind), message, null, cancellationToken);
    }

    public Task PostInTopicAsync(HandoffTicket ticket, OutgoingMessage message, CancellationToken cancellationToken) =>
        ticket.Post is { } post
            ? staffChats.ReplyAsync(post, message, cancellationToken)
            : staffChats.PostAsync(options.Value.ChatFor(ticket.Kind), message, null, cancellationToken);

    /// <summary>How staff are named to the participant: "Anti-discrimination counselling" or "Team of the integration agency".</summary>
    public string RoleName(HandoffTicket ticket) =>
        texts.Catalog.Get(ticket.Language, ticket.IsReport ? "handoff.roles.counselling" : "handoff.roles.team");

    public async Task<string> NameAsync(long staffUserId, string? firstName, CancellationToken cancellationToken) =>
        firstName
        ?? (await staff.GetAsync(staffUserId, cancellationToken).ConfigureAwait(false))?.DisplayName
        ?? "#" + staffUserId.ToString(CultureInfo.InvariantCulture);

    public static string TextOrFiles(string? text) => string.IsNullOrWhiteSpace(text) ? "📎" : text;

    private async Task SendContentAsync(HandoffTicket ticket, TicketContent content, long staffUserId, CancellationToken cancellationToken)
    {
        var details = content.Report is { } report
            ? string.Join("\n", ReportFormatter.Lines(report, texts.Language, texts.Catalog))
            : content.Topic ?? "–";
        var message = texts.Message(
            ticket.IsReport ? "tickets.report_content" : "tickets.request_content",
            ("ticket", ticket.Id),
            ("time", texts.When(ticket.CreatedAt)),
            ("language_name", texts.LanguageName(ticket.Language)),
            ("details", details)) with { Attachments = content.Report?.Files ?? [] };
        await messenger.SendAsync(staffUserId, [message], cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(staffUserId, AuditAction.Read, ticket.Id, cancellationToken).ConfigureAwait(false);
        await translated.ReportToStaffAsync(ticket, content, staffUserId, cancellationToken).ConfigureAwait(false);
    }

    private OutgoingMessage Announcement(HandoffTicket ticket, TicketContent content)
    {
        var key = ticket.Kind switch
        {
            TicketKind.DiscriminationReport => "tickets.new_report",
            TicketKind.PersonRequest => "tickets.new_request",
            _ => "tickets.new_question",
        };
        // A report's announcement says only that there is one: its content goes to the counsellor who claims it.
        var values = new List<(string, string)> { ("ticket", ticket.Id), ("language_name", texts.LanguageName(ticket.Language)), ("time", texts.When(ticket.CreatedAt)) };
        if (!ticket.IsReport)
        {
            values.Add(("topic", content.Topic ?? "–"));
        }

        return texts.Message(key, [.. values]) with { Buttons = [[texts.ClaimButton(ticket)]] };
    }

    private async Task<OutgoingMessage> RefusalAsync(TicketResult result, string id, CancellationToken cancellationToken) => result.Outcome switch
    {
        TicketOutcome.NotFound => texts.Message("tickets.not_found"),
        TicketOutcome.Closed => texts.Message("tickets.is_closed", ("ticket", id)),
        TicketOutcome.NotAllowed => texts.Message("tickets.report_role_needed"),
        TicketOutcome.AlreadyYours => texts.Message("tickets.already_yours", ("ticket", id)),
        _ => texts.Message("tickets.taken", ("ticket", id), ("name", await NameAsync(result.Ticket!.ClaimedBy!.Value, null, cancellationToken).ConfigureAwait(false))),
    };
}
