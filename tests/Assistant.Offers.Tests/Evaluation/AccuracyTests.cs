using Assistant.Core.Localization;
using Assistant.Offers.Evaluation;
using Assistant.Offers.Tests.Search;
using Xunit.Abstractions;

namespace Assistant.Offers.Tests.Evaluation;

public sealed class AccuracyTests(RealContent real, ITestOutputHelper output) : IClassFixture<RealContent>
{
    [Fact]
    public void Question_set_has_at_least_twenty_questions_per_language()
    {
        var questions = QuestionSet.Load(TestContent.TestFile("questions.yaml"));

        Assert.True(questions.Count >= 140, $"{questions.Count} questions");
        Assert.All(Languages.Supported, l => Assert.True(questions.Count(q => q.Language == l) >= 20, $"{l}: too few questions"));
    }

    [Fact]
    public void Top1_accuracy_holds_85_percent_overall_and_75_percent_in_every_language()
    {
        var report = new EvaluationRunner(real.Search, real.Catalog).Run(QuestionSet.Load(TestContent.TestFile("questions.yaml")));
        WriteReport(report);

        Assert.True(report.Overall.Top1Share >= 0.85, $"overall top-1 {report.Overall.Top1Share:P1}");
        Assert.All(report.Languages, l => Assert.True(l.Top1Share >= 0.75, $"{l.Language}: top-1 {l.Top1Share:P1}"));
    }

    [Fact]
    public void Held_out_questions_are_reported_but_not_held_to_a_bar()
    {
        // Written after tuning, to show how the search does on unseen phrasing. Not asserted: tuning
        // the engine until these pass would make them one more tuning set.
        var report = new EvaluationRunner(real.Search, real.Catalog).Run(QuestionSet.Load(TestContent.TestFile("questions-holdout.yaml")));
        WriteReport(report);

        Assert.Equal(Languages.Supported.Count, report.Languages.Count);
    }

    private void WriteReport(EvaluationReport report)
    {
        using var writer = new StringWriter();
        report.WriteTo(writer);
        output.WriteLine(writer.ToString());
    }
}
