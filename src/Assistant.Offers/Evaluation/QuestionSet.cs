using Assistant.Core.Localization;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace Assistant.Offers.Evaluation;

/// <summary>A question as a participant typed it, and the offer a counsellor would point to.</summary>
/// <param name="Expected">An offer id, or <see cref="NoOffer"/> when the honest answer is that nothing fits.</param>
public sealed record EvaluationQuestion(string Question, string Language, string Expected)
{
    public const string NoOffer = "none";
}

/// <summary>Reads a question set: a YAML list of <c>{question, language, expected}</c>.</summary>
public static class QuestionSet
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().Build();

    public static IReadOnlyList<EvaluationQuestion> Load(string file)
    {
        List<Dictionary<string, string>>? entries;
        try
        {
            using var reader = new StreamReader(file);
            entries = Yaml.Deserialize<List<Dictionary<string, string>>>(reader);
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{file}: line {e.Start.Line}: {e.InnerException?.Message ?? e.Message}", e);
        }

        var result = new List<EvaluationQuestion>();
        foreach (var (entry, index) in (entries ?? []).Select((e, i) => (e, i + 1)))
        {
            var question = entry.GetValueOrDefault("question");
            var language = entry.GetValueOrDefault("language");
            var expected = entry.GetValueOrDefault("expected");
            if (string.IsNullOrWhiteSpace(question) || string.IsNullOrWhiteSpace(expected) || !Languages.IsSupported(language))
            {
                throw new InvalidDataException(
                    $"{file}: entry {index} needs question, expected and a language of {string.Join(", ", Languages.Supported)}.");
            }

            result.Add(new EvaluationQuestion(question, language!, expected));
        }

        return result;
    }
}
