using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Volunteers.Shifts;

/// <summary>
/// Reads the shifts in <c>content/shifts/*.yaml</c>. Times are local (Europe/Berlin) as staff write
/// them. Every mistake in every file is reported at once, with file, shift and field.
/// </summary>
public static partial class ShiftContentLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    private static readonly string[] DateTimeFormats = ["yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd H:mm"];

    public static IReadOnlyList<Shift> LoadFolder(string folder, TimeZoneInfo zone)
    {
        if (!Directory.Exists(folder))
        {
            throw new ShiftContentException($"Shift folder '{folder}' does not exist (Volunteers:ContentPath).");
        }

        var problems = new List<string>();
        var shifts = new List<Shift>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            shifts.AddRange(LoadFile(file, zone, problems));
        }

        foreach (var duplicate in shifts.GroupBy(s => s.Id).Where(g => g.Count() > 1))
        {
            problems.Add($"{folder}: shift id '{duplicate.Key}' is used more than once.");
        }

        return problems.Count > 0 ? throw new ShiftContentException(string.Join(Environment.NewLine, problems)) : shifts;
    }

    private static List<Shift> LoadFile(string file, TimeZoneInfo zone, List<string> problems)
    {
        ShiftFile? dto;
        try
        {
            using var reader = new StreamReader(file);
            dto = Yaml.Deserialize<ShiftFile>(reader);
        }
        catch (YamlException e)
        {
            problems.Add($"{file}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
            return [];
        }

        var result = new List<Shift>();
        foreach (var (entry, index) in (dto?.Shifts ?? []).Select((s, i) => (s, i)))
        {
            var at = $"{file}: shift '{entry.Id ?? (index + 1).ToString(CultureInfo.InvariantCulture)}'";
            var before = problems.Count;
            Check(entry.Id is not null && IdPattern().IsMatch(entry.Id) && !entry.Id.StartsWith("s-", StringComparison.Ordinal),
                $"{at}: id must be 3 to 40 lower-case letters, digits or '-', and must not start with 's-' (kept for shifts made by /shift).", problems);
            Check(!string.IsNullOrWhiteSpace(entry.Title) && entry.Title.Length <= 80, $"{at}: title is missing or longer than 80 characters.", problems);
            Check(entry.Kind is not null && ShiftKinds.All.Contains(entry.Kind), $"{at}: kind must be one of {string.Join(", ", ShiftKinds.All)}.", problems);
            Check(!string.IsNullOrWhiteSpace(entry.Place), $"{at}: place is missing.", problems);
            Check(entry.People is >= 1 and <= 50, $"{at}: people must be a number from 1 to 50.", problems);
            Check(entry.Language is null || Languages.IsSupported(entry.Language), $"{at}: language must be one of {string.Join(", ", Languages.Supported)}, or left out.", problems);
            var start = ParseLocal(entry.Start, null);
            var end = ParseLocal(entry.End, start);
            Check(start is not null, $"{at}: start must be written like 2026-11-26 15:00.", problems);
            Check(end is not null && (start is null || end > start), $"{at}: end must be written like 2026-11-26 17:30 or 17:30, after the start.", problems);
            if (problems.Count > before)
            {
                continue;
            }

            result.Add(new Shift
            {
                Id = entry.Id!,
                Title = entry.Title!.Trim(),
                Kind = entry.Kind!,
                Start = Clock.ToInstant(start!.Value, zone),
                End = Clock.ToInstant(end!.Value, zone),
                Place = entry.Place!.Trim(),
                Needed = entry.People!.Value,
                Language = entry.Language,
                Source = ShiftSources.Content,
            });
        }

        return result;
    }

    /// <summary>A full local date and time, or (for the end) only a time on the start's day.</summary>
    private static DateTime? ParseLocal(string? text, DateTime? day)
    {
        if (text is null)
        {
            return null;
        }

        if (DateTime.TryParseExact(text.Trim(), DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        return day is { } d && TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? DateOnly.FromDateTime(d).ToDateTime(time)
            : null;
    }

    private static void Check(bool ok, string problem, List<string> problems)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{2,39}$")]
    private static partial Regex IdPattern();

#pragma warning disable CA1812 // Avoid uninstantiated internal classes: created by the YAML deserializer.
    private sealed class ShiftFile
    {
        public List<ShiftEntry>? Shifts { get; set; }
    }

    private sealed class ShiftEntry
    {
        public string? Id { get; set; }

        public string? Title { get; set; }

        public string? Kind { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public string? Place { get; set; }

        public int? People { get; set; }

        public string? Language { get; set; }
    }
#pragma warning restore CA1812
}

/// <summary>Thrown at start-up when a shift file is wrong; the message names the file, the shift and the field.</summary>
public sealed class ShiftContentException(string message) : Exception(message);
