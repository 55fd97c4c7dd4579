using Assistant.Core.Dialogs;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.ButtonPresses;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/cannot-attend.yaml</c>: "I can't come" cancels, and a freed workshop place goes to the waiting list.</summary>
public sealed class CannotAttendActions(RegistrationService registrations, AppointmentService appointments) : IFlowActions
{
    public string FlowId => "cannot-attend";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["cancel"] = CancelAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> CancelAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var id = Argument(context);
        if (IsRegistration(id))
        {
            var result = await registrations.CancelAsync(id, context.UserId, cancellationToken).ConfigureAwait(false);
            Reply(context, result.Outcome, "reminders.cancelled");
        }
        else if (IsAppointment(id))
        {
            var result = await appointments.CancelAsync(id, context.UserId, cancellationToken).ConfigureAwait(false);
            Reply(context, result.Outcome, "reminders.appointment_cancelled");
        }
        else
        {
            SayUnchanged(context, ChangeOutcome.NotFound);
        }

        return null;
    }

    private static void Reply(ActionContext context, ChangeOutcome outcome, string doneKey)
    {
        if (outcome == ChangeOutcome.Done)
        {
            context.Say(doneKey);
        }
        else
        {
            SayUnchanged(context, outcome);
        }
    }
}
