using System.Globalization;
using Assistant.Core.Dialogs;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/my-appointments.yaml</c>: upcoming workshops and appointments, each with a cancel button.</summary>
public sealed class MyAppointmentsActions(
    RegistrationService registrations,
    AppointmentService appointments,
    WorkshopCatalog catalog,
    WorkshopMessages messages,
    TimeProvider time) : IFlowActions
{
    public string FlowId => "my-appointments";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["list"] = ListAsync,
        ["describe_item"] = DescribeAsync,
        ["cancel"] = CancelAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["items"] = ItemOptionsAsync,
    };

    private async ValueTask<string?> ListAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var items = await UpcomingAsync(context, cancellationToken).ConfigureAwait(false);
        context.Say(items.Count == 0 ? "appointments.none" : "appointments.list", new Dictionary<string, string>
        {
            ["items"] = string.Join("\n", items.Select(i => i.Line)),
        });
        return null;
    }

    private async ValueTask<IReadOnlyList<ChoiceOption>> ItemOptionsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var options = (await UpcomingAsync(context, cancellationToken).ConfigureAwait(false))
            .Select(i => new ChoiceOption(i.Id, messages.CancelButton(i.Start, i.About["title"], context.Language)))
            .ToList();
        options.Add(new ChoiceOption("book", context.Text("appointments.book")));
        options.Add(new ChoiceOption("workshop", context.Text("appointments.find_workshop")));
        options.Add(new ChoiceOption("back", context.Text("appointments.back")));
        return options;
    }

    private async ValueTask<string?> DescribeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var item = (await UpcomingAsync(context, cancellationToken).ConfigureAwait(false)).FirstOrDefault(i => i.Id == Value(context, "item"));
        if (item is null)
        {
            context.Say("reminders.not_valid");
            return End;
        }

        context.Values["item_title"] = item.About["title"] + ", " + item.About["date"];
        return null;
    }

    private async ValueTask<string?> CancelAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Value(context, "item") ?? "";
        var outcome = ButtonPresses.IsRegistration(id)
            ? (await registrations.CancelAsync(id, context.UserId, cancellationToken).ConfigureAwait(false)).Outcome
            : (await appointments.CancelAsync(id, context.UserId, cancellationToken).ConfigureAwait(false)).Outcome;
        if (outcome == ChangeOutcome.Done)
        {
            context.Say("appointments.cancelled");
        }
        else
        {
            ButtonPresses.SayUnchanged(context, outcome);
        }

        return null;
    }

    private sealed record Item(string Id, DateTimeOffset Start, string Line, Dictionary<string, string> About);

    /// <summary>Workshops the user has a place for, waits for or is offered, and booked appointments, that have not started yet.</summary>
    private async Task<List<Item>> UpcomingAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var language = context.Language;
        var items = new List<Item>();
        foreach (var r in await registrations.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false))
        {
            if (!r.IsActive || catalog.FindSession(r.WorkshopId, r.SessionId) is not { Workshop: var workshop, Session: var session } || session.Start <= now)
            {
                continue;
            }

            var about = messages.About(workshop, session, language);
            var line = messages.ListLine(language, r.Status == RegistrationStatus.Waiting ? "⏳" : r.Status == RegistrationStatus.Offered ? "🎉" : "🎨", about);
            if (r.Status == RegistrationStatus.Waiting)
            {
                var position = await registrations.WaitingPositionAsync(r, cancellationToken).ConfigureAwait(false);
                line += " " + context.Text("appointments.waiting_note", new Dictionary<string, string> { ["position"] = position.ToString(CultureInfo.InvariantCulture) });
            }
            else if (r.Status == RegistrationStatus.Offered)
            {
                line += " " + context.Text("appointments.offered_note");
            }

            items.Add(new Item(r.Id, session.Start, line, about));
        }

        foreach (var a in await appointments.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false))
        {
            if (a.Status != AppointmentStatus.Booked || a.Start <= now || catalog.FindService(a.ServiceId) is not { } service)
            {
                continue;
            }

            var about = messages.About(service, a, language);
            items.Add(new Item(a.Id, a.Start, messages.ListLine(language, "💬", about), about));
        }

        return items.OrderBy(i => i.Start).ToList();
    }
}
