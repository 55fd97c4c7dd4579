using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Profiles;

/// <summary>
/// Handlers of <c>dialogs/volunteer-profile.yaml</c>. Languages and kinds are picked several at a time:
/// each tap toggles one (shown with ✓) and asks again, until "Done".
/// </summary>
internal sealed class VolunteerProfileActions(IVolunteerStore volunteers, ShiftFormatter format) : IFlowActions
{
    private const string Done = "done";

    public string FlowId => "volunteer-profile";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["load"] = LoadAsync,
        ["toggle_language"] = (ctx, _) => ValueTask.FromResult(Toggle(ctx, "languages", "ask_languages", "need_language")),
        ["toggle_kind"] = (ctx, _) => ValueTask.FromResult(Toggle(ctx, "kinds", "ask_kinds", "need_kind")),
        ["save"] = SaveAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["languages"] = (ctx, _) => ValueTask.FromResult(Picks(ctx, "languages", Languages.Supported, code => format.LanguageName(code, ctx.Language))),
        ["kinds"] = (ctx, _) => ValueTask.FromResult(Picks(ctx, "kinds", ShiftKinds.All, kind => format.KindName(kind, ctx.Language))),
    };

    private async ValueTask<string?> LoadAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var volunteer = await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        context.Values["languages"] = string.Join(',', volunteer?.Languages ?? []);
        context.Values["kinds"] = string.Join(',', volunteer?.Kinds ?? []);
        return null;
    }

    private static IReadOnlyList<ChoiceOption> Picks(ActionContext context, string variable, IReadOnlyList<string> all, Func<string, string> name)
    {
        var chosen = Chosen(context, variable);
        return all
            .Select(value => new ChoiceOption(value, (chosen.Contains(value) ? "✓ " : "") + name(value)))
            .Append(new ChoiceOption(Done, context.Text("volunteers.done")))
            .ToList();
    }

    private static string? Toggle(ActionContext context, string variable, string askAgain, string needOne)
    {
        var picked = context.Value("picked");
        var chosen = Chosen(context, variable);
        if (picked == Done)
        {
            return chosen.Count == 0 ? needOne : null;
        }

        if (picked is not null && !chosen.Remove(picked))
        {
            chosen.Add(picked);
        }

        context.Values[variable] = string.Join(',', chosen);
        return askAgain;
    }

    private async ValueTask<string?> SaveAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (await volunteers.GetAsync(context.UserId, cancellationToken).ConfigureAwait(false) is not { } volunteer)
        {
            return "not_volunteer";
        }

        await volunteers.SaveAsync(volunteer with
        {
            Name = context.Value("name", volunteer.Name),
            Languages = Languages.Supported.Where(Chosen(context, "languages").Contains).ToList(),
            Kinds = ShiftKinds.All.Where(Chosen(context, "kinds").Contains).ToList(),
            Phone = context.Value("reach") == "phone" ? context.Value("phone") : null,
        }, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private static List<string> Chosen(ActionContext context, string variable) =>
        (context.Value(variable) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
}
