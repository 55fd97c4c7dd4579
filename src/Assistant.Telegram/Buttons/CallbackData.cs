using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Assistant.Telegram.Buttons;

/// <summary>
/// Signs button payloads for one chat, so a press is accepted only with data this bot issued to that
/// chat: edited or copied callback data fails here before the engine's own prompt-id check runs.
/// Command payloads (<c>/accept-place 42</c>) are left as they are: the user may type them anyway, so
/// a signature would prove nothing, and the flows check their arguments themselves.
/// The key is derived from the bot token, so keyboards stay valid across restarts.
/// </summary>
internal sealed class CallbackData
{
    /// <summary>Telegram's limit for callback_data, in bytes.</summary>
    public const int MaxBytes = 64;

    /// <summary>Handed to the engine instead of a payload that failed the check: no prompt id matches it, so the engine refuses it politely.</summary>
    public const string Unverified = "?";

    private const char Separator = '|';
    private const int MacBytes = 6;
    private static readonly int MacChars = Base64Url.GetEncodedLength(MacBytes);
    private readonly byte[] _key;

    public CallbackData(string botToken) =>
        _key = HMACSHA256.HashData(Encoding.UTF8.GetBytes(botToken), "assistant-callback-data-v1"u8);

    /// <summary>The largest non-command payload that still fits with its signature.</summary>
    public static int MaxPayloadBytes => MaxBytes - 1 - MacChars;

    public string Sign(long chatId, string payload)
    {
        var limit = IsCommand(payload) ? MaxBytes : MaxPayloadBytes;
        if (Encoding.UTF8.GetByteCount(payload) > limit)
        {
            throw new ArgumentException($"A button payload may have at most {limit} bytes to fit Telegram's callback_data; got '{payload}'.", nameof(payload));
        }

        return IsCommand(payload) ? payload : payload + Separator + Mac(chatId, payload);
    }

    /// <summary>The payload when <paramref name="data"/> was issued to <paramref name="chatId"/> (or is a command), otherwise null.</summary>
    public string? Verify(long chatId, string? data)
    {
        if (data is not null && IsCommand(data))
        {
            return data;
        }

        var cut = data?.LastIndexOf(Separator) ?? -1;
        if (cut < 0 || data!.Length - cut - 1 != MacChars)
        {
            return null;
        }

        var payload = data[..cut];
        var expected = Encoding.ASCII.GetBytes(Mac(chatId, payload));
        var given = Encoding.ASCII.GetBytes(data[(cut + 1)..]);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? payload : null;
    }

    private static bool IsCommand(string payload) => payload.StartsWith('/');

    private string Mac(long chatId, string payload)
    {
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes($"{chatId}{Separator}{payload}"), mac);
        return Base64Url.EncodeToString(mac[..MacBytes]);
    }
}
