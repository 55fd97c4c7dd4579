using Assistant.Handoff.Tickets;
using Assistant.StaffConsole.Security;
using Assistant.StaffConsole.Tickets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.Pages.Console.Tickets;

/// <summary>Tickets by state, newest first, one page at a time; filtered and paged in the store.</summary>
internal sealed class TicketsModel(ConsoleTickets tickets, TicketLinks links, IOptions<StaffConsoleOptions> options) : ConsolePageModel
{
    public static IReadOnlyList<(string Value, string Key)> StateFilters { get; } =
    [
        ("open", "console.filter_open"),
        ("new", "console.state_new"),
        ("claimed", "console.state_claimed"),
        ("waiting", "console.state_waiting"),
        ("closed", "console.state_closed"),
        ("all", "console.filter_all"),
    ];

    [BindProperty(SupportsGet = true)]
    public string State { get; set; } = "open";

    [BindProperty(SupportsGet = true)]
    public TicketKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public TicketPage Results { get; private set; } = new([], 0);

    public TicketLinks Links => links;

    public IReadOnlyList<TicketKind> Kinds => IsCounsellor ? TicketKinds.All : TicketKinds.All.Where(k => k != TicketKind.DiscriminationReport).ToList();

    public bool HasNext => PageNumber * options.Value.PageSize < Results.Total;

    public async Task OnGetAsync()
    {
        PageNumber = Math.Max(1, PageNumber);
        var size = options.Value.PageSize;
        var query = State switch
        {
            "new" => new TicketQuery(State: TicketState.New),
            "claimed" => new TicketQuery(State: TicketState.Claimed),
            "waiting" => new TicketQuery(State: TicketState.Waiting),
            "closed" => new TicketQuery(State: TicketState.Closed),
            "all" => new TicketQuery(),
            _ => new TicketQuery(OpenOnly: true),
        };
        Results = await tickets.ListAsync(query with { Kind = Kind, Skip = (PageNumber - 1) * size, Take = size }, Roles, HttpContext.RequestAborted);
    }

    public static string StateKey(TicketState state) => "console.state_" + state.ToString().ToLowerInvariant();

    /// <summary>Who waits, and since when: staff for a new ticket, the participant once staff answered.</summary>
    public static string Waiting(HandoffTicket ticket, ConsoleTexts texts) => ticket.State switch
    {
        TicketState.New => texts.T("console.waiting_for_staff", ("time", texts.Since(ticket.CreatedAt))),
        TicketState.Waiting when ticket.WaitingSince is { } since => texts.T("console.waiting_for_participant", ("time", texts.Since(since))),
        TicketState.Claimed when ticket.ClaimedAt is { } claimed => texts.T("console.claimed_since", ("time", texts.Since(claimed))),
        _ => ticket.ClosedAt is { } closed ? texts.When(closed) : "–",
    };
}
