using System.Globalization;
using System.Text;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/workshop-registrations.yaml</c> (<c>/registrations</c>): staff see a session's list and get it as CSV.</summary>
public sealed class WorkshopRegistrationsActions(
    StaffDirectory staff,
    WorkshopCatalog catalog,
    RegistrationService registrations,
    WorkshopMessages messages,
    TimeProvider time) : IFlowActions
{
    /// <summary>Sessions this long over are still listed, for attendance lists after the event.</summary>
    private static readonly TimeSpan ShownAfterEnd = TimeSpan.FromDays(30);

    public string FlowId => "workshop-registrations";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = (ctx, ct) => RequireStaffAsync(staff, ctx, "refused", ct),
        ["check_any"] = (ctx, _) => Go(Workshops().Count == 0 ? "none" : null),
        ["show"] = ShowAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["workshops"] = (ctx, _) => Options(Workshops().Select(w => new ChoiceOption(w.Id, w.TextsIn(ctx.Language).Title))),
        ["sessions"] = SessionOptionsAsync,
    };

    private List<Workshop> Workshops()
    {
        var since = time.GetUtcNow() - ShownAfterEnd;
        return catalog.Workshops.Where(w => w.Sessions.Any(s => s.End > since)).ToList();
    }

    private async ValueTask<IReadOnlyList<ChoiceOption>> SessionOptionsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var since = time.GetUtcNow() - ShownAfterEnd;
        var options = new List<ChoiceOption>();
        foreach (var session in catalog.FindWorkshop(Value(context, "workshop"))?.Sessions.Where(s => s.End > since) ?? [])
        {
            var roster = await registrations.ForSessionAsync(Value(context, "workshop")!, session.Id, cancellationToken).ConfigureAwait(false);
            var label = messages.StaffSessionButton(session, roster.Count(r => r.HoldsPlace), roster.Count(r => r.Status == RegistrationStatus.Waiting), context.Language);
            options.Add(new ChoiceOption(session.Id, label));
        }

        return options;
    }

    private async ValueTask<string?> ShowAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.FindSession(Value(context, "workshop"), Value(context, "session")) is not { Workshop: var workshop, Session: var session })
        {
            return "none";
        }

        var roster = await registrations.ForSessionAsync(workshop.Id, session.Id, cancellationToken).ConfigureAwait(false);
        var values = messages.About(workshop, session, context.Language);
        values["taken"] = roster.Count(r => r.HoldsPlace).ToString(CultureInfo.InvariantCulture);
        values["capacity"] = session.Capacity.ToString(CultureInfo.InvariantCulture);
        values["lines"] = Lines(context, roster);
        var fileName = $"{workshop.Id}-{session.Id}.csv";
        context.Send(messages.Message(context.Language, "workshop_staff.list", values) with { File = RegistrationCsv.Create(fileName, roster, messages.Dates) });
        return null;
    }

    private static string Lines(ActionContext context, IReadOnlyList<WorkshopRegistration> roster)
    {
        if (roster.Count(r => r.IsActive) == 0)
        {
            return context.Text("workshop_staff.nobody");
        }

        var text = new StringBuilder();
        foreach (var (status, heading) in new[]
        {
            (RegistrationStatus.Confirmed, "workshop_staff.heading_confirmed"),
            (RegistrationStatus.Offered, "workshop_staff.heading_offered"),
            (RegistrationStatus.Waiting, "workshop_staff.heading_waiting"),
        })
        {
            var group = roster.Where(r => r.Status == status).OrderBy(r => r.QueueNumber).ToList();
            if (group.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(context.Text(heading)).Append('\n');
            for (var i = 0; i < group.Count; i++)
            {
                text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {Line(group[i])}\n");
            }
        }

        return text.ToString().Trim();
    }

    /// <summary>One person with their needs as symbols, readable in any language: 📞 phone, 👶 childcare, 🗣️ interpreter, ♿ access, ✔️ confirmed coming.</summary>
    private static string Line(WorkshopRegistration r)
    {
        var parts = new List<string> { r.Name };
        if (r.Phone is { } phone)
        {
            parts.Add("📞 " + phone);
        }

        if (r.Needs.Childcare)
        {
            parts.Add("👶 " + (r.Needs.ChildrenAges ?? "?"));
        }

        if (r.Needs.InterpreterLanguage is { } interpreter)
        {
            parts.Add("🗣️ " + interpreter);
        }

        if (r.Needs.Accessibility is { } access)
        {
            parts.Add("♿ " + access);
        }

        if (r.AttendanceConfirmedAt is not null)
        {
            parts.Add("✔️");
        }

        return string.Join(" · ", parts);
    }
}
