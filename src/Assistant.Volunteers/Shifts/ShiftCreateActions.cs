using System.Globalization;
using System.Security.Cryptography;
using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;

namespace Assistant.Volunteers.Shifts;

/// <summary>Handlers of <c>dialogs/shift-create.yaml</c>: <c>/shift</c> for staff.</summary>
internal sealed class ShiftCreateActions(StaffDirectory directory, ShiftBoard board, ShiftFormatter format, TimeProvider time) : IFlowActions
{
    private const string AnyLanguage = "any";

    public string FlowId => "shift-create";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = StaffGate.Check(directory),
        ["check_times"] = (ctx, _) => ValueTask.FromResult(CheckTimes(ctx)),
        ["summarize"] = (ctx, _) =>
        {
            ctx.Values["shift"] = format.Describe(Build(ctx), ctx.Language);
            return ValueTask.FromResult<string?>(null);
        },
        ["save"] = SaveAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["kinds"] = (ctx, _) => ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(
            ShiftKinds.All.Select(k => new ChoiceOption(k, format.KindName(k, ctx.Language))).ToList()),
        ["languages"] = (ctx, _) => ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(
            [new ChoiceOption(AnyLanguage, ctx.Text("volunteers.any_language")), .. Languages.Supported.Select(l => new ChoiceOption(l, format.LanguageName(l, ctx.Language)))]),
    };

    /// <summary>Times are typed as 9:30, 09.30 or with Arabic-Indic digits; they are kept as HH:mm.</summary>
    private string? CheckTimes(ActionContext context)
    {
        if (ParseTime(context.Value("start")) is not { } start)
        {
            return "bad_time";
        }

        if (ParseTime(context.Value("end")) is not { } end)
        {
            return "end_before_start";
        }

        context.Values["start"] = start.ToString("HH:mm", CultureInfo.InvariantCulture);
        context.Values["end"] = end.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (end <= start)
        {
            return "end_before_start";
        }

        return Build(context).Start <= time.GetUtcNow() ? "in_past" : null;
    }

    private async ValueTask<string?> SaveAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var shift = Build(context) with
        {
            Id = "s-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(5)).ToLowerInvariant(),
            Source = ShiftSources.Staff,
            CreatedBy = context.UserId,
        };
        await board.SaveShiftAsync(shift, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private Shift Build(ActionContext context)
    {
        var v = context.Values;
        var day = DateOnly.ParseExact(v["date"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var language = context.Value("language");
        return new Shift
        {
            Id = "new",
            Title = context.Value("title", ""),
            Kind = context.Value("kind", ShiftKinds.All[0]),
            Start = Clock.ToInstant(day.ToDateTime(TimeOnly.ParseExact(v["start"], "HH:mm", CultureInfo.InvariantCulture)), format.Zone),
            End = Clock.ToInstant(day.ToDateTime(TimeOnly.ParseExact(v["end"], "HH:mm", CultureInfo.InvariantCulture)), format.Zone),
            Place = context.Value("place", ""),
            Needed = decimal.TryParse(context.Value("people"), NumberStyles.Number, CultureInfo.InvariantCulture, out var people) ? Math.Max(1, (int)people) : 1,
            Language = language is null or AnyLanguage ? null : language,
        };
    }

    private static TimeOnly? ParseTime(string? text)
    {
        var normalized = InputValidator.NormalizeDigits(text ?? "").Replace('.', ':');
        return TimeOnly.TryParseExact(normalized, ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var value) ? value : null;
    }
}
