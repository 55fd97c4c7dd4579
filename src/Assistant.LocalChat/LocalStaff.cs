using System.Globalization;

namespace Assistant.LocalChat;

/// <summary>
/// The staff member of the page's staff view when nothing is configured: admin and counsellor, so every
/// staff command and every ticket, reports included, can be tried at once.
/// </summary>
public static class LocalStaff
{
    public const long UserId = 900;

    public const string Name = "Selin";

    public static string UserIdText => UserId.ToString(CultureInfo.InvariantCulture);
}
