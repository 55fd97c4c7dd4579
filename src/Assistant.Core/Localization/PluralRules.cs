namespace Assistant.Core.Localization;

/// <summary>
/// CLDR cardinal plural rules for the seven languages, for integer counts. Written by hand because
/// they are seven short rules and no maintained package in the registry here offers only this.
/// </summary>
public static class PluralRules
{
    public static readonly IReadOnlyList<string> AllCategories = ["zero", "one", "two", "few", "many", "other"];

    public static IReadOnlyList<string> RequiredCategories(string language) => language switch
    {
        "ar" => ["zero", "one", "two", "few", "many", "other"],
        "ru" or "uk" => ["one", "few", "many", "other"],
        _ => ["one", "other"],
    };

    public static string Category(string language, long count)
    {
        var n = Math.Abs(count);
        var mod10 = n % 10;
        var mod100 = n % 100;
        return language switch
        {
            "ar" => n switch
            {
                0 => "zero",
                1 => "one",
                2 => "two",
                _ when mod100 is >= 3 and <= 10 => "few",
                _ when mod100 is >= 11 and <= 99 => "many",
                _ => "other",
            },
            "ru" or "uk" => mod10 == 1 && mod100 != 11 ? "one"
                : mod10 is >= 2 and <= 4 && mod100 is < 12 or > 14 ? "few"
                : "many",
            // Persian uses "one" for 0 and 1 (CLDR: i = 0 or n = 1).
            "fa" => n <= 1 ? "one" : "other",
            _ => n == 1 ? "one" : "other",
        };
    }
}
