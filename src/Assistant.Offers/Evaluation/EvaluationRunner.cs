using System.Diagnostics;
using Assistant.Core.Localization;
using Assistant.Offers.Content;
using Assistant.Offers.Search;

namespace Assistant.Offers.Evaluation;

/// <summary>
/// Powers <c>eval FILE</c>: runs a question set through the search and reports top-1 and top-3 accuracy
/// per language and overall. A question expecting "none" counts as correct when the search says that
/// nothing fits well; any other question only when the search also calls its answer a good match.
/// </summary>
public sealed class EvaluationRunner(OfferSearch search, OfferCatalog catalog)
{
    // Enough rounds for a stable p99 over a set of ~200 questions, after rounds that let the JIT
    // finish optimising, as it will have in a bot that has been running for a while.
    private const int WarmUpRounds = 3;
    private const int TimedRounds = 5;

    public EvaluationReport RunFile(string file, TextWriter output, bool listMisses = true)
    {
        var report = Run(QuestionSet.Load(file));
        report.WriteTo(output, listMisses);
        return report;
    }

    public EvaluationReport Run(IReadOnlyList<EvaluationQuestion> questions)
    {
        var unknown = questions
            .Select(q => q.Expected)
            .Where(id => id != EvaluationQuestion.NoOffer && catalog.Content.Find(id) is null)
            .Distinct()
            .ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The question set expects offers that do not exist: {string.Join(", ", unknown)}.", nameof(questions));
        }

        var results = questions.Select(q => search.Search(q.Question, q.Language)).ToList();
        var times = TimeSearches(questions);

        var rows = new List<LanguageAccuracy>();
        var misses = new List<EvaluationMiss>();
        foreach (var language in Languages.Supported)
        {
            var inLanguage = questions.Select((q, i) => (q, r: results[i])).Where(x => x.q.Language == language).ToList();
            if (inLanguage.Count == 0)
            {
                continue;
            }

            rows.Add(new LanguageAccuracy(
                language, inLanguage.Count, inLanguage.Count(x => IsTop1(x.q, x.r)), inLanguage.Count(x => IsTop3(x.q, x.r))));
            misses.AddRange(inLanguage.Where(x => !IsTop1(x.q, x.r)).Select(x => new EvaluationMiss(x.q, x.r)));
        }

        var overall = new LanguageAccuracy("overall", rows.Sum(r => r.Questions), rows.Sum(r => r.Top1), rows.Sum(r => r.Top3));
        times.Sort();
        var mean = times.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks((long)times.Average(t => t.Ticks));
        var p99 = times.Count == 0 ? TimeSpan.Zero : times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.99) - 1)];
        return new EvaluationReport(rows, overall, misses, mean, p99);
    }

    private static bool IsTop1(EvaluationQuestion question, OfferSearchResult result) =>
        question.Expected == EvaluationQuestion.NoOffer
            ? !result.IsGoodMatch
            : result.IsGoodMatch && result.Matches[0].Offer.Id == question.Expected;

    private static bool IsTop3(EvaluationQuestion question, OfferSearchResult result) =>
        question.Expected == EvaluationQuestion.NoOffer
            ? !result.IsGoodMatch
            : result.IsGoodMatch && result.Matches.Any(m => m.Offer.Id == question.Expected);

    private List<TimeSpan> TimeSearches(IReadOnlyList<EvaluationQuestion> questions)
    {
        var times = new List<TimeSpan>(questions.Count * TimedRounds);
        for (var round = 0; round < WarmUpRounds + TimedRounds; round++)
        {
            foreach (var question in questions)
            {
                var start = Stopwatch.GetTimestamp();
                search.Search(question.Question, question.Language);
                if (round >= WarmUpRounds)
                {
                    times.Add(Stopwatch.GetElapsedTime(start));
                }
            }
        }

        return times;
    }
}
