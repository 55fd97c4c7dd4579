using System.Globalization;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Tickets;
using Assistant.Newsletters;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Indicators.Content;

/// <summary>
/// Reads <c>content/indicators.yaml</c>. A mistake (unknown count, filter value or a missing target)
/// is refused with the file, the project and the indicator named, so staff can fix it.
/// </summary>
public static class IndicatorFileReader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    private static readonly string[] Groups = ["everyone", "women", "parents", "volunteers"];

    public static IndicatorFile Load(string path)
    {
        if (!File.Exists(path))
        {
            return new IndicatorFile([]);
        }

        try
        {
            return Parse(File.ReadAllText(path), path);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{path}: line {e.Start.Line}: {e.Message}", e);
        }
    }

    public static IndicatorFile Parse(string yaml, string source)
    {
        var raw = Yaml.Deserialize<RawFile?>(yaml) ?? new RawFile();
        return new IndicatorFile(raw.Projects.Select(p => Project(p, source)).ToList());
    }

    private static FundedProject Project(RawProject p, string source)
    {
        var where = $"{source}: project {p.Id ?? "?"}";
        if (string.IsNullOrWhiteSpace(p.Id) || string.IsNullOrWhiteSpace(p.Name))
        {
            throw new InvalidDataException($"{where}: every project needs an id and a name.");
        }

        if (!DateOnly.TryParseExact(p.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(p.To, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
            || to < from)
        {
            throw new InvalidDataException($"{where}: from and to must be dates such as 2026-01-01, from before to.");
        }

        return new FundedProject(p.Id, p.Name, from, to, p.Indicators.Select(i => Indicator(i, $"{where}, indicator {i.Id ?? "?"}")).ToList());
    }

    private static IndicatorDefinition Indicator(RawIndicator i, string where)
    {
        if (string.IsNullOrWhiteSpace(i.Id) || string.IsNullOrWhiteSpace(i.Label) || i.Target is not > 0)
        {
            throw new InvalidDataException($"{where}: every indicator needs an id, a label and a target above 0.");
        }

        var counts = Enum.GetValues<CountKind>().Where(k => SnakeCase(k) == i.Counts).Select(k => (CountKind?)k).FirstOrDefault()
            ?? throw new InvalidDataException($"{where}: counts must be one of {string.Join(", ", Enum.GetValues<CountKind>().Select(SnakeCase))}.");
        Check(where, "target_group", i.TargetGroup is null ? [] : [i.TargetGroup], Groups);
        Check(where, "ticket_kinds", i.TicketKinds, TicketKinds.All.Select(TicketKinds.Name));
        Check(where, "topics", i.Topics, NewsletterTopics.All);
        Check(where, "grounds", i.Grounds, ReportChoices.Grounds);
        Check(where, "areas", i.Areas, ReportChoices.Areas);
        return new IndicatorDefinition
        {
            Id = i.Id,
            Label = i.Label,
            Target = i.Target.Value,
            Counts = counts,
            Workshops = i.Workshops,
            TargetGroup = i.TargetGroup,
            TicketKinds = i.TicketKinds,
            Topics = i.Topics,
            Grounds = i.Grounds,
            Areas = i.Areas,
        };
    }

    private static void Check(string where, string name, IEnumerable<string> given, IEnumerable<string> known)
    {
        var allowed = known.ToList();
        if (given.FirstOrDefault(g => !allowed.Contains(g)) is { } wrong)
        {
            throw new InvalidDataException($"{where}: {name} \"{wrong}\" is unknown; known are {string.Join(", ", allowed)}.");
        }
    }

    internal static string SnakeCase(CountKind kind) =>
        string.Concat(kind.ToString().Select((c, n) => char.IsUpper(c) && n > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private sealed class RawFile
    {
        public List<RawProject> Projects { get; set; } = [];
    }

    private sealed class RawProject
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public string? From { get; set; }

        public string? To { get; set; }

        public List<RawIndicator> Indicators { get; set; } = [];
    }

    private sealed class RawIndicator
    {
        public string? Id { get; set; }

        public string? Label { get; set; }

        public int? Target { get; set; }

        public string? Counts { get; set; }

        public List<string> Workshops { get; set; } = [];

        public string? TargetGroup { get; set; }

        public List<string> TicketKinds { get; set; } = [];

        public List<string> Topics { get; set; } = [];

        public List<string> Grounds { get; set; } = [];

        public List<string> Areas { get; set; } = [];
    }
}
