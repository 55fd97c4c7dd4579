using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Workshops.Registrations;
using CsvHelper;

namespace Assistant.Workshops.Presentation;

/// <summary>
/// A session's registrations for the workshop team as CSV. Semicolons and a byte-order mark, because
/// that is what German Excel opens correctly (umlauts, Arabic and Cyrillic names included).
/// </summary>
public static class RegistrationCsv
{
    public const string MimeType = "text/csv";

    private static readonly string[] Header =
    [
        "status", "position", "name", "phone", "language", "childcare", "children_ages", "interpreter_language",
        "accessibility", "registered_at", "attendance_confirmed", "user_id", "registration_id",
    ];

    public static OutgoingFile Create(string fileName, IReadOnlyList<WorkshopRegistration> registrations, LocalDates dates)
    {
        var options = new CsvWriterOptions { Separator = ';', WriteByteOrderMark = true };
        using var bytes = new MemoryStream();
        using (var csv = CsvWriter.Create(bytes, options, leaveOpen: true))
        {
            csv.WriteRecord(Header);
            var waiting = 0;
            foreach (var r in Ordered(registrations))
            {
                csv.WriteRecord(
                [
                    r.Status.ToString(),
                    r.Status == RegistrationStatus.Waiting ? (++waiting).ToString(CultureInfo.InvariantCulture) : "",
                    Safe(r.Name),
                    r.Phone ?? "",
                    r.Language,
                    r.Needs.Childcare ? "yes" : "no",
                    Safe(r.Needs.ChildrenAges),
                    Safe(r.Needs.InterpreterLanguage),
                    Safe(r.Needs.Accessibility),
                    dates.Local(r.RegisteredAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
                    r.AttendanceConfirmedAt is null ? "" : "yes",
                    r.UserId.ToString(CultureInfo.InvariantCulture),
                    r.Id,
                ]);
            }
        }

        return new OutgoingFile(fileName, MimeType, bytes.ToArray());
    }

    /// <summary>Places first, then offers, then the waiting list in its order, then the ended ones.</summary>
    public static IEnumerable<WorkshopRegistration> Ordered(IEnumerable<WorkshopRegistration> registrations) =>
        registrations.OrderBy(r => r.Status switch
        {
            RegistrationStatus.Confirmed => 0,
            RegistrationStatus.Offered => 1,
            RegistrationStatus.Waiting => 2,
            _ => 3,
        }).ThenBy(r => r.QueueNumber);

    /// <summary>
    /// Text typed by participants must not become a formula when the team opens the file in a
    /// spreadsheet (CSV injection), so a leading =, +, -, @ or tab is defused with an apostrophe.
    /// </summary>
    private static string Safe(string? value) =>
        string.IsNullOrEmpty(value) ? "" : value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;
}
