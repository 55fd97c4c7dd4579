using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Security;

/// <summary>
/// Encrypts what a report or ticket says and who sent it (AES-256-GCM with a key from
/// <c>Handoff:EncryptionKey</c>), and makes pseudonyms for looking people up without storing their ids.
/// Each sealed value is bound to its record (the record id is the associated data), so a value copied
/// into another record does not open there. Without the key the stored bytes say nothing.
/// </summary>
public sealed class ContentProtector
{
    private const byte FormatVersion = 1;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private readonly Lazy<(byte[] Encryption, byte[] Pseudonyms)> _keys;

    public ContentProtector(IOptions<HandoffOptions> options) =>
        _keys = new(() => DeriveKeys(options.Value.EncryptionKey));

    /// <summary>Reads a configured key: 32 bytes in base64. Null when it is missing or malformed.</summary>
    public static byte[]? ParseKey(string? base64)
    {
        if (string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        try
        {
            var key = Convert.FromBase64String(base64.Trim());
            return key.Length == 32 ? key : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public byte[] Seal<T>(T value, string recordId)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(value, Json);
        var sealedBytes = new byte[1 + NonceBytes + TagBytes + plain.Length];
        sealedBytes[0] = FormatVersion;
        var nonce = sealedBytes.AsSpan(1, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_keys.Value.Encryption, TagBytes);
        aes.Encrypt(nonce, plain, sealedBytes.AsSpan(1 + NonceBytes + TagBytes), sealedBytes.AsSpan(1 + NonceBytes, TagBytes), Encoding.UTF8.GetBytes(recordId));
        CryptographicOperations.ZeroMemory(plain);
        return sealedBytes;
    }

    /// <summary>Decrypts what <see cref="Seal{T}"/> made for the same record; throws <see cref="CryptographicException"/> for a wrong key or a changed value.</summary>
    public T Open<T>(byte[] sealedBytes, string recordId)
    {
        if (sealedBytes.Length < 1 + NonceBytes + TagBytes || sealedBytes[0] != FormatVersion)
        {
            throw new CryptographicException("The sealed value has an unknown format.");
        }

        var plain = new byte[sealedBytes.Length - 1 - NonceBytes - TagBytes];
        using var aes = new AesGcm(_keys.Value.Encryption, TagBytes);
        aes.Decrypt(sealedBytes.AsSpan(1, NonceBytes), sealedBytes.AsSpan(1 + NonceBytes + TagBytes), sealedBytes.AsSpan(1 + NonceBytes, TagBytes), plain, Encoding.UTF8.GetBytes(recordId));
        try
        {
            return JsonSerializer.Deserialize<T>(plain, Json)!;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }

    /// <summary>A stable stand-in for a user id (same id, same pseudonym), from which the id cannot be learnt without the key.</summary>
    public string Pseudonym(string purpose, long userId)
    {
        var mac = HMACSHA256.HashData(_keys.Value.Pseudonyms, Encoding.UTF8.GetBytes($"{purpose}:{userId}"));
        return Base64Url.EncodeToString(mac.AsSpan(0, 16));
    }

    private static (byte[], byte[]) DeriveKeys(string? configured)
    {
        var master = ParseKey(configured)
            ?? throw new InvalidOperationException($"{HandoffOptions.Section}:EncryptionKey is not set; reports and tickets are switched off.");
        // Separate keys per purpose, so that a pseudonym never reveals anything about the encryption key's use.
        return (
            HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "assistant-handoff-encryption-v1"u8.ToArray()),
            HKDF.DeriveKey(HashAlgorithmName.SHA256, master, 32, info: "assistant-handoff-pseudonyms-v1"u8.ToArray()));
    }
}
