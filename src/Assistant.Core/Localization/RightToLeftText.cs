using System.Globalization;
using System.Text;

namespace Assistant.Core.Localization;

/// <summary>
/// Makes Arabic and Persian texts display in the right order. Telegram shows a message as it is: no
/// markup carries a direction, and every client picks a line's direction from its first strong letter.
/// So, line by line: runs of Latin (or other left-to-right) letters and digits, such as phone numbers,
/// times, "09:30–12:30", case numbers, e-mail addresses, links and German words like "Jobcenter", are
/// wrapped in left-to-right isolates (U+2066 … U+2069), otherwise "09:30–12:30" reads "12:30–09:30";
/// a line that does not start with an Arabic-script letter (an emoji, a number, a name in Latin letters)
/// gets a right-to-left mark first, so it stays right-to-left; Latin commas, semicolons and question
/// marks outside those runs become "،", "؛" and "؟". A line that starts with a letter of another script
/// and has no right-to-left letter (the German line of the language chooser) stays as it is. Already isolated parts are left alone, so the result
/// can be filled into another text and rendered again.
/// </summary>
public static class RightToLeftText
{
    public const char LeftToRightIsolate = '\u2066';
    public const char RightToLeftIsolate = '\u2067';
    public const char FirstStrongIsolate = '\u2068';
    public const char PopDirectionalIsolate = '\u2069';
    public const char RightToLeftMark = '\u200F';

    // Characters that join two left-to-right pieces into one run ("0171 2345678", "09:30–12:30",
    // "AD-2026-0042", "a.b@c.example", "Brunnenstraße 12, 45127 Essen") when more of the run follows.
    // Brackets are not among them: a bracket inside an isolate and its partner outside would not pair.
    private const string Joiners = " .,:-–—/@_+&=?%#~'’\u00A0\u202F";

    /// <summary>A text written right to left, made to display as written (see the class summary).</summary>
    public static string Render(string text) =>
        string.IsNullOrEmpty(text) ? text : string.Join('\n', text.Split('\n').Select(RenderLine));

    /// <summary>Wraps a left-to-right piece, such as a phone number, in an isolate.</summary>
    public static string Isolate(string text) =>
        string.IsNullOrEmpty(text) ? text : LeftToRightIsolate + text + PopDirectionalIsolate;

    /// <summary>True for a letter of a script written right to left (Arabic, Persian, Hebrew, ...).</summary>
    public static bool IsRightToLeftLetter(char c) =>
        char.IsLetter(c) && c is >= '\u0590' and <= '\u08FF' or >= '\uFB1D' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';

    private static string RenderLine(string line)
    {
        // A line in another script (German in the language chooser) keeps its own direction; a line of
        // only an emoji, digits and Latin words ("📍 Brunnenstraße 12") belongs to the Arabic text around it.
        var first = line.TrimStart();
        if (first.Length == 0 || (!line.Any(IsRightToLeftLetter) && char.IsLetter(first[0])))
        {
            return line;
        }

        var result = new StringBuilder(line.Length + 8);
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c is LeftToRightIsolate or RightToLeftIsolate or FirstStrongIsolate)
            {
                var end = EndOfIsolate(line, i);
                result.Append(line, i, end - i);
                i = end;
            }
            else if (StartsRun(line, i))
            {
                var end = EndOfRun(line, i);
                result.Append(LeftToRightIsolate).Append(line, i, end - i).Append(PopDirectionalIsolate);
                i = end;
            }
            else
            {
                result.Append(c is ',' or ';' or '?' && NextToArabicScript(line, i) ? ArabicPunctuation(c) : c);
                i++;
            }
        }

        if (result[0] != RightToLeftMark && !IsRightToLeftLetter(result[0]))
        {
            result.Insert(0, RightToLeftMark);
        }

        return result.ToString();
    }

    private static char ArabicPunctuation(char c) => c switch
    {
        ',' => '،',
        ';' => '؛',
        _ => '؟',
    };

    /// <summary>True when the nearest character before or after position <paramref name="i"/>, spaces aside, is a right-to-left letter.</summary>
    private static bool NextToArabicScript(string line, int i)
    {
        var before = line[..i].TrimEnd();
        var after = line[(i + 1)..].TrimStart();
        return (before.Length > 0 && IsRightToLeftLetter(before[^1])) || (after.Length > 0 && IsRightToLeftLetter(after[0]));
    }

    /// <summary>A letter of a left-to-right script, or a digit of any script.</summary>
    private static bool IsLeftToRight(char c) => char.IsDigit(c) || (char.IsLetter(c) && !IsRightToLeftLetter(c));

    private static bool StartsRun(string line, int i)
    {
        if (IsLeftToRight(line[i]))
        {
            return true;
        }

        // "+49 …" and "/mydata" keep their sign inside the run, or it would show on the wrong side.
        return line[i] is '+' or '/' && i + 1 < line.Length && IsLeftToRight(line[i + 1]) && (i == 0 || !IsLeftToRight(line[i - 1]));
    }

    private static int EndOfRun(string line, int start)
    {
        var end = start + 1;
        for (var k = start + 1; k < line.Length; k++)
        {
            var c = line[k];
            if (IsLeftToRight(c) || (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && end == k))
            {
                end = k + 1;
            }
            else if (!Joiners.Contains(c))
            {
                break;
            }
        }

        return end;
    }

    private static int EndOfIsolate(string line, int start)
    {
        var depth = 0;
        for (var k = start; k < line.Length; k++)
        {
            if (line[k] is LeftToRightIsolate or RightToLeftIsolate or FirstStrongIsolate)
            {
                depth++;
            }
            else if (line[k] == PopDirectionalIsolate && --depth == 0)
            {
                return k + 1;
            }
        }

        return line.Length;
    }
}
