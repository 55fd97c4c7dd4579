using Assistant.Core.Dialogs;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.ButtonPresses;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/attend.yaml</c>: "I'll come" under a reminder.</summary>
public sealed class AttendActions(RegistrationService registrations, AppointmentService appointments, WorkshopCatalog catalog, WorkshopMessages messages) : IFlowActions
{
    public string FlowId => "attend";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["attend"] = AttendAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> AttendAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Argument(context);
        Dictionary<string, string>? about = null;
        var outcome = ChangeOutcome.NotFound;
        if (IsRegistration(id))
        {
            var result = await registrations.ConfirmAttendanceAsync(id, context.UserId, cancellationToken).ConfigureAwait(false);
            outcome = result.Outcome;
            if (result.Item is { } r && catalog.FindSession(r.WorkshopId, r.SessionId) is { Workshop: var workshop, Session: var session })
            {
                about = messages.About(workshop, session, context.Language);
            }
        }
        else if (IsAppointment(id))
        {
            var result = await appointments.ConfirmAttendanceAsync(id, context.UserId, cancellationToken).ConfigureAwait(false);
            outcome = result.Outcome;
            if (result.Item is { } a && catalog.FindService(a.ServiceId) is { } service)
            {
                about = messages.About(service, a, context.Language);
            }
        }

        if (outcome == ChangeOutcome.Done && about is not null)
        {
            context.Say("reminders.attend_thanks", about);
        }
        else
        {
            SayUnchanged(context, outcome == ChangeOutcome.Done ? ChangeOutcome.NotFound : outcome);
        }

        return null;
    }
}
