namespace Assistant.Core.Scheduling;

/// <summary>Night rest in local time, right across daylight-saving changes.</summary>
public sealed class QuietHours(TimeZoneInfo zone, TimeOnly start, TimeOnly end)
{
    public bool Contains(DateTimeOffset moment)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);
        return start > end ? local >= start || local < end : local >= start && local < end;
    }

    /// <summary>The first moment at or after <paramref name="moment"/> that is outside the quiet hours.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset moment)
    {
        if (!Contains(moment))
        {
            return moment;
        }

        var local = TimeZoneInfo.ConvertTime(moment, zone).DateTime;
        var day = DateOnly.FromDateTime(local);
        if (TimeOnly.FromDateTime(local) >= end)
        {
            day = day.AddDays(1);
        }

        return Clock.ToInstant(day.ToDateTime(end), zone);
    }
}
