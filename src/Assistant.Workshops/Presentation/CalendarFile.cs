using System.Text;
using Assistant.Core.Conversations;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Assistant.Workshops.Presentation;

/// <summary>An <c>.ics</c> file that phones add to their calendar with one tap. Times are UTC, which every calendar app reads right.</summary>
public static class CalendarFile
{
    public const string MimeType = "text/calendar";

    public static OutgoingFile Create(string uid, string title, string description, string place, DateTimeOffset start, DateTimeOffset end, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//Integrationsagentur//Assistant//DE", Method = "PUBLISH" };
        calendar.Events.Add(new CalendarEvent
        {
            Uid = uid + "@assistant",
            Summary = title,
            Description = description,
            Location = place,
            Start = new CalDateTime(start.UtcDateTime),
            End = new CalDateTime(end.UtcDateTime),
            DtStamp = new CalDateTime(stamp.UtcDateTime),
        });
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return new OutgoingFile(FileName(title), MimeType, Encoding.UTF8.GetBytes(text));
    }

    /// <summary>A file name from the title in Latin letters and digits only; some phones reject other names for attachments.</summary>
    private static string FileName(string title)
    {
        var safe = new string(title.Normalize(NormalizationForm.FormD)
            .Select(c => char.IsWhiteSpace(c) ? '-' : c)
            .Where(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            .Take(40).ToArray()).Trim('-');
        return (safe.Length == 0 ? "termin" : safe) + ".ics";
    }
}
