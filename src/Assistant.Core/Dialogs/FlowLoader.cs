using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Assistant.Core.Dialogs;

/// <summary>
/// Reads the flows in <c>dialogs/*.yaml</c>. Files starting with "_" hold engine settings, not flows.
/// An unknown field or step kind stops the load with the file and line, so typos never reach users.
/// </summary>
public static class FlowLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static IReadOnlyList<FlowDefinition> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DialogDefinitionException($"Dialog folder '{folder}' does not exist.");
        }

        return Directory.GetFiles(folder, "*.yaml")
            .Where(f => !Path.GetFileName(f).StartsWith('_'))
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)
            .ToList();
    }

    public static FlowDefinition LoadFile(string file)
    {
        FlowFile dto;
        try
        {
            using var reader = new StreamReader(file);
            dto = Yaml.Deserialize<FlowFile>(reader) ?? throw new DialogDefinitionException($"{file}: the file is empty.");
        }
        catch (YamlException e)
        {
            throw new DialogDefinitionException($"{file}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }

        var id = dto.Id ?? Path.GetFileNameWithoutExtension(file);
        if (dto.Steps is not { Count: > 0 })
        {
            throw new DialogDefinitionException($"{file}: flow '{id}' has no steps.");
        }

        var steps = dto.Steps.Select((s, i) => ToStep(file, s, i)).ToList();
        return new FlowDefinition(id, file, steps, dto.Inputs ?? [], dto.Result) { LeaveWarning = dto.LeaveWarning };
    }

    public static T LoadSettings<T>(string file)
        where T : new()
    {
        try
        {
            using var reader = new StreamReader(file);
            return Yaml.Deserialize<T>(reader) ?? new T();
        }
        catch (YamlException e)
        {
            throw new DialogDefinitionException($"{file}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}");
        }
    }

    private static StepDefinition ToStep(string file, StepFile s, int index)
    {
        var id = s.Id ?? throw new DialogDefinitionException($"{file}: step {index + 1} has no id.");
        if (!Enum.TryParse<StepKind>(s.Kind, ignoreCase: true, out var kind))
        {
            throw new DialogDefinitionException($"{file}: step '{id}' has unknown kind '{s.Kind}'.");
        }

        InputRule? rule = null;
        if (s.Validate is { } v)
        {
            if (!Enum.TryParse<InputType>(v.Type ?? "text", ignoreCase: true, out var type))
            {
                throw new DialogDefinitionException($"{file}: step '{id}' has unknown validation type '{v.Type}'.");
            }

            rule = new InputRule
            {
                Type = type,
                MinLength = v.MinLength ?? 1,
                MaxLength = v.MaxLength ?? 2000,
                Pattern = v.Pattern,
                Min = v.Min,
                Max = v.Max,
                When = v.When,
            };
        }

        return new StepDefinition
        {
            Id = id,
            Kind = kind,
            Text = s.Text,
            Help = s.Help,
            Next = s.Next,
            Save = s.Save,
            Options = (s.Options ?? []).Select(o => new ChoiceOptionDefinition(
                o.Value ?? throw new DialogDefinitionException($"{file}: step '{id}' has an option without value."),
                o.Text ?? throw new DialogDefinitionException($"{file}: step '{id}' option '{o.Value}' has no text."),
                o.Next) { Words = o.Words }).ToList(),
            OptionsFrom = s.OptionsFrom,
            Otherwise = s.Otherwise,
            Columns = s.Columns ?? 1,
            AllLanguages = s.AllLanguages ?? false,
            Validate = rule ?? (kind == StepKind.Input ? new InputRule() : null),
            Retry = s.Retry,
            MaxAttempts = s.MaxAttempts ?? 3,
            OutOfAttempts = s.OutOfAttempts,
            Distress = s.Distress,
            ButtonsOnly = s.ButtonsOnly ?? false,
            WordsAreAnswers = s.WordsAreAnswers ?? false,
            RequestContact = s.RequestContact ?? false,
            AcceptAttachments = s.AcceptAttachments ?? false,
            Yes = s.Yes,
            No = s.No,
            Handler = s.Handler,
            Sets = s.Sets ?? [],
            On = s.On,
            Cases = s.Cases ?? [],
            Default = s.Default,
            Flow = s.Flow,
            Args = s.Args ?? [],
        };
    }

    // YamlDotNet maps these by name; they exist only to be read.
#pragma warning disable CA1812 // Avoid uninstantiated internal classes: created by the YAML deserializer.
    private sealed class FlowFile
    {
        public string? Id { get; set; }

        public string? Description { get; set; }

        public List<string>? Inputs { get; set; }

        public string? Result { get; set; }

        public string? LeaveWarning { get; set; }

        public List<StepFile>? Steps { get; set; }
    }

    private sealed class StepFile
    {
        public string? Id { get; set; }

        public string? Kind { get; set; }

        public string? Text { get; set; }

        public string? Help { get; set; }

        public string? Next { get; set; }

        public string? Save { get; set; }

        public List<OptionFile>? Options { get; set; }

        public string? OptionsFrom { get; set; }

        public string? Otherwise { get; set; }

        public int? Columns { get; set; }

        public bool? AllLanguages { get; set; }

        public ValidateFile? Validate { get; set; }

        public string? Retry { get; set; }

        public int? MaxAttempts { get; set; }

        public string? OutOfAttempts { get; set; }

        public string? Distress { get; set; }

        public bool? ButtonsOnly { get; set; }

        public bool? WordsAreAnswers { get; set; }

        public bool? RequestContact { get; set; }

        public bool? AcceptAttachments { get; set; }

        public string? Yes { get; set; }

        public string? No { get; set; }

        public string? Handler { get; set; }

        public List<string>? Sets { get; set; }

        public string? On { get; set; }

        public Dictionary<string, string>? Cases { get; set; }

        public string? Default { get; set; }

        public string? Flow { get; set; }

        public Dictionary<string, string>? Args { get; set; }
    }

    private sealed class OptionFile
    {
        public string? Value { get; set; }

        public string? Text { get; set; }

        public string? Next { get; set; }

        public string? Words { get; set; }
    }

    private sealed class ValidateFile
    {
        public string? Type { get; set; }

        public int? MinLength { get; set; }

        public int? MaxLength { get; set; }

        public string? Pattern { get; set; }

        public decimal? Min { get; set; }

        public decimal? Max { get; set; }

        public string? When { get; set; }
    }
#pragma warning restore CA1812
}

/// <summary>Thrown at start-up when a flow is wrong; the message names the file and the step or key.</summary>
public sealed class DialogDefinitionException(string message) : Exception(message);
