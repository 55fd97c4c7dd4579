using Assistant.Core.Dialogs;
using Assistant.Workshops.Content;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Registrations;
using static Assistant.Workshops.Flows.FlowSupport;

namespace Assistant.Workshops.Flows;

/// <summary>Handlers of <c>dialogs/workshop-registration.yaml</c>.</summary>
public sealed class WorkshopRegistrationActions(
    WorkshopCatalog catalog,
    RegistrationService registrations,
    WorkshopMessages messages,
    TimeProvider time) : IFlowActions
{
    public string FlowId => "workshop-registration";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_consent"] = (ctx, _) => Go(HasConsent(ctx) ? "find" : null),
        ["check_consent_again"] = (ctx, _) => Go(HasConsent(ctx) ? "find" : "no_consent"),
        ["find_workshops"] = FindWorkshops,
        ["show_workshop"] = ShowWorkshop,
        ["check_session"] = CheckSessionAsync,
        ["back_to_summary_when_changing"] = BackToSummaryWhenChanging,
        ["offer_kept_contact"] = KeptContactFlow.Offer,
        ["fill_kept_contact"] = KeptContactFlow.Fill,
        ["summarize"] = Summarize,
        ["register"] = RegisterAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["open_workshops"] = (ctx, _) => Options(OpenWorkshops(ctx).Select(w => new ChoiceOption(w.Id, w.TextsIn(ctx.Language).Title))),
        ["sessions"] = SessionOptionsAsync,
        ["interpreter_languages"] = (ctx, _) => Options(LanguageOptions(ctx)),
    };

    /// <summary>Open workshops, those of the offer the user came from when there are any.</summary>
    private List<Workshop> OpenWorkshops(ActionContext context)
    {
        var now = time.GetUtcNow();
        var open = catalog.Workshops.Where(w => w.Sessions.Any(s => s.IsOpenAt(now))).OrderBy(w => w.Sessions.First(s => s.IsOpenAt(now)).Start).ToList();
        var forOffer = open.Where(w => w.OfferId == Value(context, "offer_id")).ToList();
        return forOffer.Count > 0 ? forOffer : open;
    }

    private ValueTask<string?> FindWorkshops(ActionContext context, CancellationToken cancellationToken)
    {
        var open = OpenWorkshops(context);
        if (open.Count == 1)
        {
            context.Values["workshop"] = open[0].Id;
            return Go("show");
        }

        return Go(open.Count == 0 ? "none" : null);
    }

    private ValueTask<string?> ShowWorkshop(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.FindWorkshop(Value(context, "workshop")) is not { } workshop)
        {
            return Go("none");
        }

        context.Send(messages.WorkshopDetails(workshop, context.Language));
        return Go(null);
    }

    private async ValueTask<IReadOnlyList<ChoiceOption>> SessionOptionsAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var options = new List<ChoiceOption>();
        if (catalog.FindWorkshop(Value(context, "workshop")) is not { } workshop)
        {
            return options;
        }

        foreach (var session in workshop.Sessions.Where(s => s.IsOpenAt(now)))
        {
            var roster = await registrations.ForSessionAsync(workshop.Id, session.Id, cancellationToken).ConfigureAwait(false);
            // With people waiting, a free place is theirs: the new registration would wait too.
            var free = roster.Any(r => r.Status == RegistrationStatus.Waiting) ? 0 : Math.Max(0, session.Capacity - roster.Count(r => r.HoldsPlace));
            options.Add(new ChoiceOption(session.Id, messages.SessionButton(session, free, context.Language)));
        }

        return options;
    }

    private async ValueTask<string?> CheckSessionAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (catalog.FindSession(Value(context, "workshop"), Value(context, "session")) is not { Session: var session } || !session.IsOpenAt(time.GetUtcNow()))
        {
            context.Say("workshops.closed");
            return End;
        }

        var mine = await registrations.ForUserAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        if (mine.FirstOrDefault(r => r.WorkshopId == Value(context, "workshop") && r.SessionId == session.Id && r.IsActive) is { } existing)
        {
            await SayAlreadyAsync(context, existing, cancellationToken).ConfigureAwait(false);
            return End;
        }

        return null;
    }

    private ValueTask<string?> Summarize(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values.Remove(Changing);
        var found = catalog.FindSession(Value(context, "workshop"), Value(context, "session"));
        if (found is not { Workshop: var workshop, Session: var session })
        {
            context.Say("workshops.closed");
            return Go(End);
        }

        var about = messages.About(workshop, session, context.Language);
        var lines = new List<string>
        {
            context.Text("workshops.summary_workshop", about),
            context.Text("workshops.summary_date", about),
            context.Text("workshops.summary_name"),
            Yes(context, "phone_wanted") ? context.Text("workshops.summary_phone") : context.Text("workshops.summary_no_phone"),
        };
        var needs = Needs(context);
        if (needs.Childcare)
        {
            lines.Add(context.Text("workshops.summary_childcare", new Dictionary<string, string> { ["ages"] = needs.ChildrenAges ?? "" }));
        }

        if (needs.InterpreterLanguage is { } interpreter)
        {
            lines.Add(context.Text("workshops.summary_interpreter", new Dictionary<string, string> { ["language"] = messages.LanguageName(interpreter) }));
        }

        if (needs.Accessibility is { } accessibility)
        {
            lines.Add(context.Text("workshops.summary_accessibility", new Dictionary<string, string> { ["needs"] = accessibility }));
        }

        context.Values["summary"] = string.Join("\n", lines);
        return Go(null);
    }

    private async ValueTask<string?> RegisterAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var request = new RegistrationRequest(
            Value(context, "workshop") ?? "",
            Value(context, "session") ?? "",
            context.UserId,
            Value(context, "name") ?? "",
            Yes(context, "phone_wanted") ? Value(context, "phone") : null,
            context.Language,
            Needs(context));
        var result = await registrations.RegisterAsync(request, cancellationToken).ConfigureAwait(false);
        var found = catalog.FindSession(request.WorkshopId, request.SessionId);
        switch (result.Outcome)
        {
            case RegisterOutcome.Confirmed when found is { Workshop: var workshop, Session: var session }:
                context.Send(messages.Confirmation(workshop, session, result.Registration!, context.Language));
                KeptContactFlow.AskToKeep(context, result.Registration!.Id);
                break;
            case RegisterOutcome.Waiting when found is { Workshop: var workshop, Session: var session }:
                context.Send(messages.Waiting(workshop, session, result.WaitingPosition, context.Language));
                KeptContactFlow.AskToKeep(context, result.Registration!.Id);
                break;
            case RegisterOutcome.AlreadyRegistered:
                await SayAlreadyAsync(context, result.Registration!, cancellationToken).ConfigureAwait(false);
                break;
            default:
                context.Say("workshops.closed");
                break;
        }

        return null;
    }

    private async Task SayAlreadyAsync(ActionContext context, WorkshopRegistration existing, CancellationToken cancellationToken)
    {
        if (existing.Status == RegistrationStatus.Waiting)
        {
            var position = await registrations.WaitingPositionAsync(existing, cancellationToken).ConfigureAwait(false);
            context.Say("workshops.already_waiting", new Dictionary<string, string> { ["position"] = position.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }
        else
        {
            context.Say("workshops.already_registered");
        }
    }

    private static RegistrationNeeds Needs(ActionContext context) => new()
    {
        Childcare = Yes(context, "childcare"),
        ChildrenAges = Yes(context, "childcare") ? Value(context, "children_ages") : null,
        InterpreterLanguage = Yes(context, "interpreter") ? Value(context, "interpreter_language") : null,
        Accessibility = Yes(context, "accessibility_wanted") ? Value(context, "accessibility") : null,
    };
}
