using System.Globalization;
using Assistant.Offers.Search;

namespace Assistant.Offers.Evaluation;

/// <summary>How often the expected offer came first (top-1) or among the three shown (top-3).</summary>
public sealed record LanguageAccuracy(string Language, int Questions, int Top1, int Top3)
{
    public double Top1Share => Questions == 0 ? 0 : (double)Top1 / Questions;

    public double Top3Share => Questions == 0 ? 0 : (double)Top3 / Questions;
}

/// <summary>A question whose expected offer did not come first.</summary>
public sealed record EvaluationMiss(EvaluationQuestion Question, OfferSearchResult Result);

/// <summary>The outcome of a question set run, per language and overall, with the search times seen.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<LanguageAccuracy> Languages,
    LanguageAccuracy Overall,
    IReadOnlyList<EvaluationMiss> Misses,
    TimeSpan MeanSearchTime,
    TimeSpan P99SearchTime)
{
    public void WriteTo(TextWriter output, bool listMisses = true)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine("language  questions  top-1          top-3");
        foreach (var row in Languages.Append(Overall))
        {
            output.WriteLine(string.Format(
                c, "{0,-8}  {1,9}  {2,3} {3,7:P1}    {4,3} {5,7:P1}",
                row.Language, row.Questions, row.Top1, row.Top1Share, row.Top3, row.Top3Share));
        }

        output.WriteLine(string.Format(
            c, "search time per question: mean {0:0.000} ms, p99 {1:0.000} ms",
            MeanSearchTime.TotalMilliseconds, P99SearchTime.TotalMilliseconds));
        if (!listMisses || Misses.Count == 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"misses ({Misses.Count}):");
        foreach (var miss in Misses)
        {
            var got = miss.Result.Matches.Count == 0
                ? "nothing"
                : string.Join(", ", miss.Result.Matches.Select(m => string.Format(c, "{0} {1:0.00}", m.Offer.Id, m.Score)));
            var verdict = miss.Result.IsGoodMatch ? "good" : "weak";
            output.WriteLine($"  [{miss.Question.Language}] {miss.Question.Question}");
            output.WriteLine($"       expected {miss.Question.Expected}, got ({verdict}) {got}");
        }
    }
}
