using Assistant.Core.Localization;
using Assistant.Core.Privacy;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Security;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Privacy;

/// <summary>
/// Reports, requests and drafts in "my data" and erasure. Erasure closes open tickets and tells staff;
/// an anonymous report stays for the counselling service's records without anything that identifies
/// the person; everything else goes. A staff member's audit entries keep only a pseudonym.
/// </summary>
internal sealed class HandoffDataArea(
    TicketService tickets,
    TicketDesk desk,
    ReportDrafts drafts,
    IAuditLog audit,
    ContentProtector protector,
    TextCatalog texts,
    StaffTexts format,
    IOptions<HandoffOptions> options) : IPersonalDataArea
{
    public string Name => "handoff";

    public async Task<PersonalDataSection?> ExportAsync(long userId, string language, CancellationToken cancellationToken)
    {
        if (!options.Value.IsActive)
        {
            return null;
        }

        var mine = await tickets.ForUserAsync(userId, cancellationToken).ConfigureAwait(false);
        var draft = await drafts.LoadAsync(userId, cancellationToken).ConfigureAwait(false);
        if (mine.Count == 0 && draft is null)
        {
            return null;
        }

        var lines = mine.Select(t => texts.Get(language, "handoff.export_ticket", new Dictionary<string, string>
        {
            ["ticket"] = t.Id,
            ["kind"] = texts.Get(language, "handoff.kinds." + TicketKinds.Key(t.Kind)),
            ["state"] = texts.Get(language, "handoff.states." + t.State.ToString().ToLowerInvariant()),
            ["date"] = format.Date(t.CreatedAt, language),
        })).ToList();
        if (draft is { } d)
        {
            lines.Add(texts.Get(language, "handoff.export_draft", new Dictionary<string, string> { ["date"] = format.Date(d.Draft.StartedAt, language) }));
        }

        var data = new
        {
            tickets = mine.Select(t =>
            {
                var content = tickets.Open(t);
                return new { id = t.Id, kind = TicketKinds.Name(t.Kind), state = t.State, createdAt = t.CreatedAt, closedAt = t.ClosedAt, report = content.Report, topic = content.Topic };
            }),
            draft = draft?.Content,
        };
        return new PersonalDataSection(Name, lines, data);
    }

    public async Task<int> EraseAsync(long userId, CancellationToken cancellationToken)
    {
        if (!options.Value.IsActive)
        {
            return 0;
        }

        var removed = await drafts.DeleteAsync(userId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        foreach (var ticket in await tickets.ForUserAsync(userId, cancellationToken).ConfigureAwait(false))
        {
            if (ticket.IsOpen)
            {
                await desk.CloseForParticipantAsync(ticket.Id, erased: true, cancellationToken).ConfigureAwait(false);
            }

            if (tickets.Open(ticket).Report is { Anonymous: true })
            {
                await tickets.AnonymiseAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await tickets.DeleteAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
            }

            removed++;
        }

        // Staff who leave: what they did with tickets stays answerable, but not by their name.
        removed += await audit.PseudonymizeAsync(userId, "staff-" + protector.Pseudonym("audit", userId)[..10], cancellationToken).ConfigureAwait(false);
        return removed;
    }
}

/// <summary>Report drafts are deleted <c>Retention:Drafts</c> after their last change (each also has its own job; this catches the rest).</summary>
internal sealed class DraftRetentionPolicy(IReportDraftStore store, IOptions<RetentionOptions> retention, IOptions<HandoffOptions> options) : IRetentionPolicy
{
    public string Name => "report-drafts";

    public Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        options.Value.IsActive ? store.DeleteUpdatedBeforeAsync(now - retention.Value.Drafts, cancellationToken) : Task.FromResult(0);
}

/// <summary>Closed tickets and reports are deleted <c>Retention:ClosedTickets</c> after closing, and their audit entries with them.</summary>
internal sealed class ClosedTicketRetentionPolicy(TicketService tickets, IAuditLog audit, IOptions<RetentionOptions> retention, IOptions<HandoffOptions> options) : IRetentionPolicy
{
    public string Name => "closed-tickets";

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!options.Value.IsActive)
        {
            return 0;
        }

        var due = await tickets.ClosedBeforeAsync(now - retention.Value.ClosedTickets, cancellationToken).ConfigureAwait(false);
        foreach (var ticket in due)
        {
            await tickets.DeleteAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
            await audit.DeleteForTicketAsync(ticket.Id, cancellationToken).ConfigureAwait(false);
        }

        return due.Count;
    }
}
