using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using CsvHelper;

namespace Assistant.Volunteers.Attendance;

/// <summary>One volunteer's hours in a month.</summary>
public sealed record VolunteerHours(long UserId, string Name, int Shifts, decimal Hours);

/// <summary>
/// Hours per volunteer and month, from the shifts staff marked them present at (shifts are counted in
/// the month they start, local time). The CSV opens in a German spreadsheet as it is: semicolons,
/// decimal commas, a byte order mark, and names that look like formulas escaped.
/// </summary>
public sealed class HoursReport(IShiftStore shifts, ISignupStore signups, IVolunteerStore volunteers, ShiftFormatter format, TextCatalog texts)
{
    public async Task<IReadOnlyList<VolunteerHours>> ForMonthAsync(int year, int month, CancellationToken cancellationToken)
    {
        var first = new DateOnly(year, month, 1);
        var from = Clock.ToInstant(first.ToDateTime(TimeOnly.MinValue), format.Zone);
        var to = Clock.ToInstant(first.AddMonths(1).ToDateTime(TimeOnly.MinValue), format.Zone);
        var present = new List<ShiftSignup>();
        foreach (var shift in await shifts.ListAsync(from, to, cancellationToken).ConfigureAwait(false))
        {
            present.AddRange((await signups.ForShiftAsync(shift.Id, cancellationToken).ConfigureAwait(false)).Where(s => s.Attendance == AttendanceMark.Present));
        }

        var rows = new List<VolunteerHours>();
        foreach (var group in present.GroupBy(s => s.UserId))
        {
            var name = (await volunteers.GetAsync(group.Key, cancellationToken).ConfigureAwait(false))?.Name ?? "";
            rows.Add(new VolunteerHours(group.Key, name, group.Count(), group.Sum(s => s.Hours)));
        }

        return rows.OrderBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.UserId).ToList();
    }

    public byte[] ToCsv(IReadOnlyList<VolunteerHours> rows, int year, int month, string language)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, new CsvWriterOptions
        {
            Separator = ';',
            FormatProvider = ShiftFormatter.Culture(language),
            WriteByteOrderMark = true,
            Injection = CsvInjection.Escape,
        }, leaveOpen: true))
        {
            csv.WriteHeader(
            [
                texts.Get(language, "volunteers.csv_month"),
                texts.Get(language, "volunteers.csv_name"),
                texts.Get(language, "volunteers.csv_user"),
                texts.Get(language, "volunteers.csv_shifts"),
                texts.Get(language, "volunteers.csv_hours"),
            ]);
            var monthText = $"{year:D4}-{month:D2}";
            foreach (var row in rows)
            {
                csv.WriteField(monthText);
                csv.WriteField(row.Name);
                csv.WriteField(row.UserId, "");
                csv.WriteField(row.Shifts, "");
                csv.WriteField(row.Hours, "0.##");
                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }
}
