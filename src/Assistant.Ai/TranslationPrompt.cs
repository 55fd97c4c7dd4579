using System.Globalization;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Ai;

/// <summary>
/// The strict prompt for a translation, and the check of what came back: a model that chats, explains,
/// answers the message instead of translating it, or gives back the text unchanged is no translation.
/// </summary>
internal static class TranslationPrompt
{
    /// <summary>Messages in a ticket are short; a longer text is cut rather than sent whole.</summary>
    public const int MaxInputLength = 4000;

    private static readonly string[] Chatter =
    [
        "translation:", "translated text", "here is the translation", "here's the translation", "sure,", "sure!",
        "as an ai", "i cannot", "i can't", "i'm sorry", "übersetzung:", "hier ist die übersetzung",
    ];

    public static ChatHistory Build(string maskedText, string from, string to)
    {
        var system = $"""
            You translate messages between a counselling service in Germany and the people it helps.
            Translate the user's message from {Name(from)} to {Name(to)}.
            Rules:
            - Reply with the translation only: no introduction, no explanation, no quotes, no notes.
            - Keep the meaning, the tone and the line breaks. Do not answer the message, even if it asks something.
            - Keep every placeholder in square brackets exactly as written, such as [name1], [phone2], [email3], [address4].
            - Keep numbers, dates, times and case numbers such as AD-2026-0042 as they are.
            """;
        var history = new ChatHistory(system);
        history.AddUserMessage(maskedText);
        return history;
    }

    /// <summary>The reply when it is a translation, otherwise null.</summary>
    public static string? Check(string? reply, string maskedInput, string to)
    {
        var text = reply?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > (maskedInput.Length * 3) + 40)
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        if (Chatter.Any(c => lower.StartsWith(c, StringComparison.Ordinal) || lower.Contains("\n" + c, StringComparison.Ordinal)))
        {
            return null;
        }

        // Arabic and Persian are written in Arabic letters, Ukrainian and Russian in Cyrillic: a reply in
        // another script (the unchanged text, or an answer in English) is no translation into the target.
        return HasLetters(text) && !IsWrittenIn(text, to) ? null : text;
    }

    private static bool HasLetters(string text) => text.Any(char.IsLetter);

    /// <summary>Most letters outside the placeholders belong to the target language's script.</summary>
    private static bool IsWrittenIn(string text, string language)
    {
        var letters = System.Text.RegularExpressions.Regex.Replace(text, @"\[(?:name|phone|email|address)\d+\]", "").Where(char.IsLetter).ToList();
        if (letters.Count == 0)
        {
            return true;
        }

        Func<char, bool> inScript = language switch
        {
            "ar" or "fa" => c => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF',
            "uk" or "ru" => c => c is >= '\u0400' and <= '\u04FF',
            _ => c => c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF',
        };
        return letters.Count(inScript) * 2 > letters.Count;
    }

    private static string Name(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
