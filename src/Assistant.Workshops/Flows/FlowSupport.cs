using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Core.Users;

namespace Assistant.Workshops.Flows;

/// <summary>Small things the workshop and appointment flows share.</summary>
internal static class FlowSupport
{
    public const string End = FlowDefinition.EndTarget;

    public static bool HasConsent(ActionContext context) => context.Profile.Consent == ConsentDecision.Given;

    public static ValueTask<string?> Go(string? step) => ValueTask.FromResult(step);

    public static string? Value(ActionContext context, string key) =>
        context.Values.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    public static bool Yes(ActionContext context, string key) => Value(context, key) == "yes";

    /// <summary>
    /// After a group of questions: when the person is changing one answer from the summary (the choice saves
    /// it in <c>changing</c>), the summary comes again instead of every question after this one.
    /// </summary>
    public static ValueTask<string?> BackToSummaryWhenChanging(ActionContext context, CancellationToken cancellationToken) =>
        Go(context.Values.Remove(Changing) ? "summarize" : null);

    /// <summary>The value that marks a change from the summary.</summary>
    public const string Changing = "changing";

    /// <summary>The seven languages, each named in itself, so everyone finds their own.</summary>
    public static IReadOnlyList<ChoiceOption> LanguageOptions(ActionContext context) =>
        context.Texts.LanguageCodes.Select(code => new ChoiceOption(code, context.Texts.NativeName(code))).ToList();

    public static ValueTask<IReadOnlyList<ChoiceOption>> Options(IEnumerable<ChoiceOption> options) =>
        ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(options.ToList());

    /// <summary>First step of every staff flow: others are told politely and sent to <paramref name="refused"/>.</summary>
    public static async ValueTask<string?> RequireStaffAsync(StaffDirectory staff, ActionContext context, string refused, CancellationToken cancellationToken) =>
        await staff.HasRoleAsync(context.UserId, StaffRole.Staff, cancellationToken).ConfigureAwait(false) ? null : refused;
}
