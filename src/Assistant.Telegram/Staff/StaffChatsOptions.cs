using Assistant.Core.Staff;

namespace Assistant.Telegram.Staff;

/// <summary>
/// The staff supergroups by purpose (section <c>Telegram:StaffChats</c>), as chat ids such as
/// <c>-1001234567890</c>. Tickets get a topic each, so the groups need topics switched on, the bot as an
/// admin who may manage topics, and privacy mode off (BotFather), so it sees what staff write.
/// </summary>
public sealed class StaffChatsOptions
{
    public const string Section = "Telegram:StaffChats";

    /// <summary>Social workers: requests for a person, questions the bot could not answer.</summary>
    public long? General { get; set; }

    /// <summary>Anti-discrimination counsellors only: discrimination reports.</summary>
    public long? AntiDiscrimination { get; set; }

    /// <summary>Volunteer coordinators: shift alerts, cancellations.</summary>
    public long? Coordinators { get; set; }

    public long? ChatFor(StaffChatKind kind) => kind switch
    {
        StaffChatKind.General => General,
        StaffChatKind.AntiDiscrimination => AntiDiscrimination,
        _ => Coordinators,
    };

    /// <summary>The purpose of a configured staff chat; null for any other chat.</summary>
    public StaffChatKind? KindOf(long chatId) =>
        Enum.GetValues<StaffChatKind>().Cast<StaffChatKind?>().FirstOrDefault(k => ChatFor(k!.Value) == chatId);

    internal IEnumerable<string> Problems()
    {
        foreach (var kind in Enum.GetValues<StaffChatKind>())
        {
            if (ChatFor(kind) is >= 0)
            {
                yield return $"{Section}:{kind} must be the negative id of a group, such as -1001234567890.";
            }
        }

        var configured = Enum.GetValues<StaffChatKind>().Select(ChatFor).OfType<long>().ToList();
        if (configured.Distinct().Count() != configured.Count)
        {
            // One chat for two purposes would show reports to everyone in the general chat.
            yield return $"{Section}: each purpose needs a chat of its own.";
        }
    }
}
