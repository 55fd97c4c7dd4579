using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Core.Dialogs;

/// <summary>The outcome of checking an answer: the value to save, or the text key that explains what was wrong.</summary>
public sealed record InputCheck(bool IsValid, string Value, string? ProblemKey, IReadOnlyDictionary<string, string>? ProblemArgs = null)
{
    public static InputCheck Valid(string value) => new(true, value, null);

    public static InputCheck Invalid(string key, IReadOnlyDictionary<string, string>? args = null) => new(false, "", key, args);
}

/// <summary>
/// Checks typed answers. Users type digits in Arabic or Persian script, add right-to-left marks, or
/// write dates the German way; all of that is accepted and saved in one normal form.
/// </summary>
public static class InputValidator
{
    private static readonly string[] DateFormats =
        ["d.M.yyyy", "d.M.yy", "yyyy-M-d", "d/M/yyyy", "d-M-yyyy", "d M yyyy"];

    public static InputCheck Check(InputRule rule, string? text, DateOnly today)
    {
        if (text is null)
        {
            return InputCheck.Invalid("validation.expected_text");
        }

        var trimmed = StripInvisible(text).Trim();
        if (IsUnreadable(trimmed))
        {
            return InputCheck.Invalid("validation.unreadable");
        }

        return rule.Type switch
        {
            InputType.Number => CheckNumber(rule, trimmed),
            InputType.Date => CheckDate(rule, trimmed, today),
            InputType.Phone => CheckPhone(trimmed),
            InputType.Pattern => CheckLength(rule, trimmed) is { IsValid: false } bad ? bad : CheckPattern(rule, trimmed),
            _ => CheckLength(rule, trimmed),
        };
    }

    /// <summary>Removes direction marks and zero-width spaces, which clients insert invisibly.</summary>
    public static string StripInvisible(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // Joiners (U+200C/D) stay: Persian words and emoji sequences need them.
            if (c is '\u200B' or '\u200E' or '\u200F' or '\uFEFF'
                || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069')
            {
                continue;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>
    /// True for binary junk: control characters (other than line breaks and tabs), broken surrogate pairs,
    /// the replacement character a broken encoding leaves, and non-characters. Nobody types these, and saved
    /// they would show as garbage in a summary, a staff list or a CSV file.
    /// </summary>
    public static bool IsUnreadable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
                || char.IsSurrogate(c)
                || c is '\uFFFD' or '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Turns Arabic-Indic and Persian digits into 0-9.</summary>
    public static string NormalizeDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = chars[i] switch
            {
                >= '\u0660' and <= '\u0669' => (char)('0' + (chars[i] - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (chars[i] - '\u06F0')),
                '\u066B' => '.',
                _ => chars[i],
            };
        }

        return new string(chars);
    }

    private static InputCheck CheckLength(InputRule rule, string text)
    {
        var length = new StringInfo(text).LengthInTextElements;
        if (length < rule.MinLength)
        {
            return InputCheck.Invalid("validation.too_short", Args("count", rule.MinLength));
        }

        return length > rule.MaxLength
            ? InputCheck.Invalid("validation.too_long", Args("count", rule.MaxLength))
            : InputCheck.Valid(text);
    }

    private static InputCheck CheckPattern(InputRule rule, string text)
    {
        try
        {
            return Regex.IsMatch(text, rule.Pattern ?? ".*", RegexOptions.None, TimeSpan.FromMilliseconds(100))
                ? InputCheck.Valid(text)
                : InputCheck.Invalid("validation.pattern");
        }
        catch (RegexMatchTimeoutException)
        {
            return InputCheck.Invalid("validation.pattern");
        }
    }

    private static InputCheck CheckNumber(InputRule rule, string text)
    {
        var normalized = NormalizeDigits(text).Replace(',', '.');
        if (!decimal.TryParse(normalized, NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
        {
            return InputCheck.Invalid("validation.number");
        }

        if ((rule.Min is { } min && number < min) || (rule.Max is { } max && number > max))
        {
            return InputCheck.Invalid("validation.number_range", new Dictionary<string, string>
            {
                ["min"] = (rule.Min ?? decimal.MinValue).ToString(CultureInfo.InvariantCulture),
                ["max"] = (rule.Max ?? decimal.MaxValue).ToString(CultureInfo.InvariantCulture),
            });
        }

        return InputCheck.Valid(number.ToString(CultureInfo.InvariantCulture));
    }

    private static InputCheck CheckDate(InputRule rule, string text, DateOnly today)
    {
        var normalized = NormalizeDigits(text).Replace('\u060C', '.').Replace(" .", ".", StringComparison.Ordinal);
        if (!DateOnly.TryParseExact(normalized, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return InputCheck.Invalid("validation.date");
        }

        return rule.When switch
        {
            "past" when date > today => InputCheck.Invalid("validation.date_past"),
            "future" when date < today => InputCheck.Invalid("validation.date_future"),
            _ => InputCheck.Valid(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        };
    }

    private static InputCheck CheckPhone(string text)
    {
        var normalized = NormalizeDigits(text);
        var sb = new StringBuilder();
        foreach (var c in normalized)
        {
            if (char.IsAsciiDigit(c) || (c == '+' && sb.Length == 0))
            {
                sb.Append(c);
            }
            else if (c is not (' ' or '-' or '/' or '(' or ')' or '.'))
            {
                return InputCheck.Invalid("validation.phone");
            }
        }

        var phone = sb.ToString();
        if (phone.StartsWith("00", StringComparison.Ordinal))
        {
            phone = "+" + phone[2..];
        }

        var digits = phone.Count(char.IsAsciiDigit);
        return digits is >= 6 and <= 15 ? InputCheck.Valid(phone) : InputCheck.Invalid("validation.phone");
    }

    private static Dictionary<string, string> Args(string name, int value) =>
        new() { [name] = value.ToString(CultureInfo.InvariantCulture) };
}
