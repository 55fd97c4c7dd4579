namespace Assistant.Telegram.Sending;

/// <summary>Cuts texts longer than Telegram allows into parts, at line breaks where possible.</summary>
internal static class MessageSplitter
{
    /// <summary>Telegram's limit for one message's text (UTF-16 units are at least as many as Telegram counts).</summary>
    public const int MaxLength = 4096;

    public static IReadOnlyList<string> Split(string text, int maxLength = MaxLength)
    {
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            if (char.IsHighSurrogate(window[^1]))
            {
                window = window[..^1];
            }

            // A line break keeps paragraphs whole; a space at least keeps words whole; a single
            // endless word is cut where it must be.
            var cut = window.LastIndexOf('\n');
            if (cut <= 0)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut <= 0)
            {
                cut = window.Length;
            }

            AddPart(parts, rest[..cut]);
            rest = rest[cut..].TrimStart("\n ");
        }

        AddPart(parts, rest);
        return parts;
    }

    private static void AddPart(List<string> parts, ReadOnlySpan<char> part)
    {
        var trimmed = part.TrimEnd();
        if (!trimmed.IsEmpty)
        {
            parts.Add(trimmed.ToString());
        }
    }
}
