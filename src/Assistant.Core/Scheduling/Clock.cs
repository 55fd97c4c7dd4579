namespace Assistant.Core.Scheduling;

/// <summary>Conversions between local wall-clock times (what people read) and instants (what is stored).</summary>
public static class Clock
{
    /// <summary>
    /// The instant of a local time. A time that does not exist (skipped by the spring change) moves
    /// forward by the gap; an ambiguous one (repeated in autumn) is taken at its first occurrence.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    public static DateTime ToLocal(DateTimeOffset instant, TimeZoneInfo zone) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;
}
