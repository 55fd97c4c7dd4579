using System.ComponentModel.DataAnnotations;

namespace Assistant.LocalChat;

/// <summary>The local web chat, used when no Telegram token is configured (section <c>LocalChat</c>).</summary>
public sealed class LocalChatOptions
{
    public const string Section = "LocalChat";

    /// <summary>Address of the chat page. Loopback by default: the page has no login.</summary>
    [Required]
    [Url]
    public string Url { get; set; } = "http://127.0.0.1:5080";
}
