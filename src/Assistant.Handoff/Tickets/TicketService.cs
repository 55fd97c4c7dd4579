using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Handoff.Security;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Tickets;

/// <summary>What became of a change to a ticket.</summary>
internal enum TicketOutcome
{
    Done,
    NotFound,
    Closed,

    /// <summary>A report, and the staff member is no anti-discrimination counsellor.</summary>
    NotAllowed,

    /// <summary>Someone else claimed it first.</summary>
    TakenByOther,

    /// <summary>The same person claimed it before; nothing changed.</summary>
    AlreadyYours,
}

internal sealed record TicketResult(TicketOutcome Outcome, HandoffTicket? Ticket = null, TicketContent? Content = null);

/// <summary>
/// Tickets and their states: numbers, sealing, claiming, closing. Changes to one ticket happen one at a
/// time (two counsellors pressing "Claim" at once: one gets it). Posting and telling people is <see cref="TicketDesk"/>'s work.
/// </summary>
internal sealed class TicketService(
    ITicketStore store,
    ContentProtector protector,
    IScheduledJobStore jobs,
    IOptions<HandoffOptions> options,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time)
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public bool IsActive => options.Value.IsActive;

    public string ParticipantKey(long userId) => protector.Pseudonym("participant", userId);

    public TicketContent Open(HandoffTicket ticket) => protector.Open<TicketContent>(ticket.Sealed, ticket.Id);

    /// <summary>Makes and stores a ticket with the next case number of its kind and year, such as <c>AD-2026-0042</c>.</summary>
    public async Task<(HandoffTicket Ticket, TicketContent Content)> CreateAsync(long userId, string language, TicketKind kind, TicketContent content, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var series = $"{TicketKinds.Prefix(kind)}-{Clock.ToLocal(now, scheduling.Value.Zone).Year}";
        var id = $"{series}-{await store.NextNumberAsync(series, cancellationToken).ConfigureAwait(false):D4}";
        content = content with { ParticipantId = userId };
        var ticket = new HandoffTicket
        {
            Id = id,
            Kind = kind,
            Language = language,
            CreatedAt = now,
            ParticipantKey = ParticipantKey(userId),
            Sealed = protector.Seal(content, id),
        };
        await store.SaveAsync(ticket, cancellationToken).ConfigureAwait(false);
        return (ticket, content);
    }

    public Task<HandoffTicket?> GetAsync(string id, CancellationToken cancellationToken) => store.GetAsync(id, cancellationToken);

    public Task<HandoffTicket?> FindByTopicAsync(long chatId, int topicId, CancellationToken cancellationToken) =>
        store.FindByTopicAsync(chatId, topicId, cancellationToken);

    public Task<IReadOnlyList<HandoffTicket>> ForUserAsync(long userId, CancellationToken cancellationToken) =>
        store.ForParticipantAsync(ParticipantKey(userId), cancellationToken);

    /// <summary>The ticket when it is open and belongs to <paramref name="userId"/>; a case number from a user's conversation is checked, never trusted.</summary>
    public async Task<HandoffTicket?> OpenTicketOfAsync(long userId, string? ticketId, CancellationToken cancellationToken) =>
        IsActive && ticketId is not null && await store.GetAsync(ticketId, cancellationToken).ConfigureAwait(false) is { IsOpen: true } ticket && ticket.ParticipantKey == ParticipantKey(userId)
            ? ticket
            : null;

    public Task<TicketResult> SetPostAsync(string id, StaffPost post, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => (TicketOutcome.Done, t with { Post = post }, c), cancellationToken);

    public Task<TicketResult> ClaimAsync(string id, long staffUserId, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t switch
        {
            { IsOpen: false } => (TicketOutcome.Closed, null, null),
            { IsReport: true } when !roles.Contains(StaffRole.AntiDiscrimination) => (TicketOutcome.NotAllowed, null, null),
            { ClaimedBy: { } by } when by == staffUserId => (TicketOutcome.AlreadyYours, null, null),
            { ClaimedBy: not null } => (TicketOutcome.TakenByOther, null, null),
            // The held messages go out with the claim; the result carries them, the stored content no longer does.
            _ => (TicketOutcome.Done, t with { State = TicketState.Claimed, ClaimedBy = staffUserId, ClaimedAt = time.GetUtcNow() }, c with { Held = [] }),
        }, cancellationToken, returnOldContent: true);

    /// <summary>Staff answered: the ticket waits for the participant. A participant's message puts it back to claimed.</summary>
    public Task<TicketResult> SetWaitingAsync(string id, bool waiting, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t switch
        {
            { IsOpen: false } => (TicketOutcome.Closed, null, null),
            { State: TicketState.New } => (TicketOutcome.Done, null, null),
            _ => (TicketOutcome.Done, t with { State = waiting ? TicketState.Waiting : TicketState.Claimed, WaitingSince = waiting ? time.GetUtcNow() : null }, c),
        }, cancellationToken);

    /// <summary>Keeps a participant's message until a counsellor claims the report.</summary>
    public Task<TicketResult> HoldAsync(string id, RelayedMessage message, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t.IsOpen ? (TicketOutcome.Done, t, c with { Held = [.. c.Held, message] }) : (TicketOutcome.Closed, null, null), cancellationToken);

    /// <summary>Staff's <c>/translate off|on</c>.</summary>
    public Task<TicketResult> SetTranslationOffAsync(string id, bool off, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t.IsOpen ? (TicketOutcome.Done, t with { TranslationOff = off }, c) : (TicketOutcome.Closed, null, null), cancellationToken);

    /// <summary>Marks a one-time notice as given; <see cref="TicketOutcome.Done"/> only the first time.</summary>
    public Task<TicketResult> MarkOnceAsync(string id, Func<HandoffTicket, bool> given, Func<HandoffTicket, HandoffTicket> mark, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => given(t) ? (TicketOutcome.AlreadyYours, null, null) : (TicketOutcome.Done, mark(t), c), cancellationToken);

    /// <summary>Keeps a staff answer as written, for the participant's "Original" button; the result's content holds it last.</summary>
    public Task<TicketResult> KeepOriginalAsync(string id, string text, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => (TicketOutcome.Done, t, c with { Originals = [.. c.Originals, text] }), cancellationToken);

    public Task<TicketResult> AddNoteAsync(string id, TicketNote note, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => (TicketOutcome.Done, t, c with { Notes = [.. c.Notes, note] }), cancellationToken);

    public Task<TicketResult> CloseAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t.IsOpen
            ? (TicketOutcome.Done, t with { State = TicketState.Closed, ClosedAt = time.GetUtcNow(), WaitingSince = null }, c)
            : (TicketOutcome.Closed, null, null), cancellationToken);

    public Task<TicketResult> CountReannouncementAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => t.State == TicketState.New
            ? (TicketOutcome.Done, t with { Reannounced = t.Reannounced + 1 }, c)
            : (TicketOutcome.Closed, null, null), cancellationToken);

    /// <summary>Removes all that identifies the participant; the report itself stays for the counselling service's records.</summary>
    public Task<TicketResult> AnonymiseAsync(string id, CancellationToken cancellationToken) =>
        ChangeAsync(id, (t, c) => (TicketOutcome.Done, t with { ParticipantKey = null }, c with
        {
            ParticipantId = null,
            Held = [],
            // Voices and photos identify people; the written account stays.
            Report = c.Report is { } r ? r with { Phone = null, Email = null, Files = [] } : null,
        }), cancellationToken);

    public async Task DeleteAsync(string id, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await store.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public Task<IReadOnlyList<HandoffTicket>> ClosedBeforeAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        store.ClosedBeforeAsync(before, cancellationToken);

    /// <summary>Books the next announcement of an unclaimed ticket; the job's id makes booking twice harmless.</summary>
    public Task ScheduleReannouncementAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        if (ticket.Reannounced >= options.Value.MaxReannouncements)
        {
            return Task.CompletedTask;
        }

        var round = ticket.Reannounced + 1;
        return jobs.ScheduleAsync(new ScheduledJob
        {
            Id = $"{ReannounceJob.JobKind}:{ticket.Id}:{round}",
            Kind = ReannounceJob.JobKind,
            DueAt = ticket.CreatedAt + (options.Value.ReannounceAfter * round),
            // Staff chats rest at night too; the announcement comes in the morning instead.
            RespectsQuietHours = true,
            Data = new Dictionary<string, string> { ["ticket"] = ticket.Id },
        }, cancellationToken);
    }

    public Task CancelReannouncementsAsync(string id, CancellationToken cancellationToken) =>
        jobs.CancelAsync($"{ReannounceJob.JobKind}:{id}:", cancellationToken);

    private async Task<TicketResult> ChangeAsync(
        string id,
        Func<HandoffTicket, TicketContent, (TicketOutcome Outcome, HandoffTicket? Ticket, TicketContent? Content)> change,
        CancellationToken cancellationToken,
        bool returnOldContent = false)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } ticket)
            {
                return new TicketResult(TicketOutcome.NotFound);
            }

            var content = Open(ticket);
            var (outcome, changed, newContent) = change(ticket, content);
            if (changed is null)
            {
                return new TicketResult(outcome, ticket, content);
            }

            newContent ??= content;
            changed = changed with { Sealed = ReferenceEquals(newContent, content) ? changed.Sealed : protector.Seal(newContent, id) };
            await store.SaveAsync(changed, cancellationToken).ConfigureAwait(false);
            return new TicketResult(outcome, changed, returnOldContent ? content : newContent);
        }
        finally
        {
            _lock.Release();
        }
    }
}
