using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Staff;
using Assistant.Volunteers.Shifts;

namespace Assistant.Volunteers.Attendance;

/// <summary>Handlers of <c>dialogs/volunteer-hours.yaml</c>: <c>/hours 2026-11</c> for staff.</summary>
internal sealed class VolunteerHoursActions(StaffDirectory directory, HoursReport report, ShiftFormatter format, TimeProvider time) : IFlowActions
{
    public string FlowId => "volunteer-hours";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["check_staff"] = StaffGate.Check(directory),
        ["export"] = ExportAsync,
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>();

    private async ValueTask<string?> ExportAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (ParseMonth(context.Value("argument")) is not { } parsed)
        {
            return "usage";
        }

        var (year, month) = parsed;
        context.Values["month"] = format.Month(year, month, context.Language);
        var rows = await report.ForMonthAsync(year, month, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return "empty";
        }

        context.Send(new OutgoingMessage
        {
            Text = context.Text("volunteers.hours_file", new Dictionary<string, string>
            {
                ["count"] = rows.Count.ToString(CultureInfo.InvariantCulture),
                ["hours"] = rows.Sum(r => r.Hours).ToString("0.##", ShiftFormatter.Culture(context.Language)),
            }),
            Direction = context.Direction,
            File = new OutgoingFile($"hours-{year:D4}-{month:D2}.csv", "text/csv", report.ToCsv(rows, year, month, context.Language)),
        });
        return null;
    }

    /// <summary>"2026-11" or "11.2026"; nothing means the current month.</summary>
    private (int Year, int Month)? ParseMonth(string? argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            var now = format.Local(time.GetUtcNow());
            return (now.Year, now.Month);
        }

        return DateOnly.TryParseExact(argument.Trim(), ["yyyy-MM", "yyyy-M", "MM.yyyy", "M.yyyy", "MM/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? (date.Year, date.Month)
            : null;
    }
}
