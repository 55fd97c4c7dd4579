using Assistant.Offers.Evaluation;
using Assistant.Offers.Tests.Search;

namespace Assistant.Offers.Tests.Evaluation;

public sealed class ToolTests(RealContent real) : IClassFixture<RealContent>
{
    [Fact]
    public void Ask_prints_ranked_offer_ids_with_scores_and_the_verdict()
    {
        using var output = new StringWriter();

        var result = new AskRunner(real.Search).Run("Sozialpass Museum billiger", "de", output);

        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("good match", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^ 1\. city-pass +[0-9]+\.[0-9]{2}  answer$", lines[1]);
        Assert.Equal("city-pass", result.Best?.Offer.Id);
    }

    [Fact]
    public void Ask_says_when_nothing_fits()
    {
        using var output = new StringWriter();

        new AskRunner(real.Search).Run("what's the weather on Mars", "en", output);

        Assert.StartsWith("no good match", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_prints_accuracy_per_language_and_overall()
    {
        var file = Path.Combine(Path.GetTempPath(), $"questions-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(file, """
            - { question: "Sozialpass", language: de, expected: city-pass }
            - { question: "weather on Mars", language: en, expected: none }
            - { question: "newsletter", language: en, expected: language-cafe }
            """);
        using var output = new StringWriter();

        try
        {
            var report = new EvaluationRunner(real.Search, real.Catalog).RunFile(file, output);

            Assert.Equal((1, 1), (report.Languages.Single(l => l.Language == "de").Top1, report.Languages.Single(l => l.Language == "de").Questions));
            Assert.Equal((1, 2), (report.Languages.Single(l => l.Language == "en").Top1, report.Languages.Single(l => l.Language == "en").Questions));
            Assert.Equal(2, report.Overall.Top1);
            var text = output.ToString();
            Assert.Contains("overall", text, StringComparison.Ordinal);
            Assert.Contains("expected language-cafe, got (good) newsletter", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Eval_refuses_a_question_set_that_expects_an_unknown_offer()
    {
        var questions = new[] { new EvaluationQuestion("x", "de", "no-such-offer") };

        var e = Assert.Throws<ArgumentException>(() => new EvaluationRunner(real.Search, real.Catalog).Run(questions));

        Assert.Contains("no-such-offer", e.Message, StringComparison.Ordinal);
    }
}
