namespace Assistant.Core.Staff;

/// <summary>Staff settings (section <c>Staff</c>).</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Telegram user ids of the admins. They cannot be removed by command, only here.</summary>
    public List<long> Admins { get; set; } = [];

    /// <summary>Language of the bot's own texts in staff chats (one of the seven).</summary>
    public string Language { get; set; } = "de";
}
