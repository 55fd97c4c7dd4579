using System.Security.Cryptography;
using Assistant.Core.Scheduling;
using Assistant.Handoff;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Security;
using Assistant.Handoff.Tickets;
using Assistant.Indicators.Counting;
using Assistant.Indicators.Ledger;
using Assistant.Newsletters;
using Assistant.Newsletters.Sending;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Indicators.Tests;

/// <summary>
/// The stores the features write to, wrapped as the host wraps them, so that the ledger fills as places
/// are confirmed and tickets closed; and the funder report over <c>three-projects.yaml</c>.
/// </summary>
internal sealed class FunderWorld
{
    public FunderWorld(ILedgerStore? ledger = null)
    {
        Ledger = ledger ?? new InMemoryLedgerStore();
        Pseudonyms = new PersonPseudonyms(Ledger);
        Registrations = new LedgerRegistrationStore(new InMemoryRegistrationStore(), Ledger, Pseudonyms, r => Sessions.GetValueOrDefault(r.SessionId), Clock, NullLogger<LedgerRegistrationStore>.Instance);
        Protector = new ContentProtector(Options.Create(new HandoffOptions { EncryptionKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)) }));
        Tickets = new LedgerTicketStore(new InMemoryTicketStore(), Ledger, new Lazy<ContentProtector>(Protector), Clock, NullLogger<LedgerTicketStore>.Instance);
        Report = new FunderReport(
            Ledger,
            Newsletters,
            Options.Create(new IndicatorsOptions { ContentPath = Path.Combine(AppContext.BaseDirectory, "three-projects.yaml") }),
            Options.Create(new SchedulingOptions()),
            Clock);
        Erasure = new LedgerDataArea(Ledger, Pseudonyms);
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public ILedgerStore Ledger { get; }

    public PersonPseudonyms Pseudonyms { get; }

    public IRegistrationStore Registrations { get; }

    public ContentProtector Protector { get; }

    public ITicketStore Tickets { get; }

    public InMemoryNewsletterStore Newsletters { get; } = new();

    public FunderReport Report { get; }

    public LedgerDataArea Erasure { get; }

    /// <summary>Sessions by id: the workshop's target group and the start.</summary>
    public Dictionary<string, SessionFacts> Sessions { get; } = [];

    public void Session(string sessionId, string targetGroup, DateTimeOffset start) => Sessions[sessionId] = new SessionFacts(targetGroup, start);

    /// <summary>The person gets a confirmed place, as the registration service saves it.</summary>
    public Task<WorkshopRegistration> ConfirmAsync(string workshopId, string sessionId, long userId, string name) =>
        SaveAsync(new WorkshopRegistration
        {
            Id = $"w{workshopId}-{sessionId}-{userId}",
            WorkshopId = workshopId,
            SessionId = sessionId,
            UserId = userId,
            Name = name,
            Phone = "+49 170 1234567",
            Status = RegistrationStatus.Confirmed,
            RegisteredAt = Clock.GetUtcNow(),
            SessionEnd = Sessions[sessionId].Start.AddHours(3),
        });

    public async Task CancelAsync(WorkshopRegistration registration) =>
        await SaveAsync(registration with { Status = RegistrationStatus.Cancelled, EndedAt = Clock.GetUtcNow() });

    public async Task<HandoffTicket> TicketAsync(TicketKind kind, string text, bool closed, ReportContent? report = null)
    {
        var id = $"{TicketKinds.Prefix(kind)}-2026-{await Tickets.NextNumberAsync(TicketKinds.Prefix(kind), CancellationToken.None):0000}";
        var ticket = new HandoffTicket
        {
            Id = id,
            Kind = kind,
            Language = "de",
            CreatedAt = Clock.GetUtcNow(),
            ParticipantKey = "p-" + text.GetHashCode(StringComparison.Ordinal),
            Sealed = Protector.Seal(new TicketContent { ParticipantId = 1, Topic = text, Report = report }, id),
        };
        await Tickets.SaveAsync(ticket, CancellationToken.None);
        if (closed)
        {
            ticket = ticket with { State = TicketState.Claimed, ClaimedAt = Clock.GetUtcNow(), ClaimedBy = 900 };
            await Tickets.SaveAsync(ticket, CancellationToken.None);
            ticket = ticket with { State = TicketState.Closed, ClosedAt = Clock.GetUtcNow() };
            await Tickets.SaveAsync(ticket, CancellationToken.None);
        }

        return ticket;
    }

    public Task SentNewsletterAsync(string id, string topic, DateTimeOffset at) =>
        Newsletters.SaveAsync(new Newsletter { Id = id, Topic = topic, Texts = new Dictionary<string, string> { ["de"] = "Hallo" }, State = NewsletterState.Sent, CreatedAt = at, FinishedAt = at }, CancellationToken.None);

    public async Task<Dictionary<string, int>> FiguresAsync() =>
        (await Report.ComputeAsync(CancellationToken.None)).Progress.ToDictionary(p => $"{p.Project.Id}/{p.Indicator.Id}", p => p.Actual);

    private async Task<WorkshopRegistration> SaveAsync(WorkshopRegistration registration)
    {
        await Registrations.ChangeSessionAsync(registration.SessionKey, _ => new SessionChange<int>([registration], 0), CancellationToken.None);
        return registration;
    }
}
