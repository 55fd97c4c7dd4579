using Assistant.Core.Hosting;
using Assistant.Core.Localization;
using Assistant.Offers.Evaluation;
using Assistant.Telegram.Fakes;

namespace Assistant.Bench.Throughput;

/// <summary>One user's conversation: /start, consent typed in the button's words, then typed questions.</summary>
internal sealed record Script(string Language, IReadOnlyList<string> Texts);

/// <summary>
/// The workload of issue #18: four languages, onboarding by typing the button's words (so no update waits
/// for a button to press), then questions as participants type them, from the offers question set.
/// </summary>
internal static class Workload
{
    public static readonly IReadOnlyList<string> Languages = ["de", "ar", "uk", "fa"];

    // After the last message of a turn, this long without another means the turn is over. Used only while
    // counting the replies per step, on a quiet machine; the measured run then waits for those counts.
    private static readonly TimeSpan QuietAfterTurn = TimeSpan.FromMilliseconds(400);

    public static IReadOnlyList<Script> Scripts(int updatesPerChat)
    {
        var texts = TextCatalog.LoadFolder(ContentPaths.Resolve("localization"));
        var questions = QuestionSet.Load(ContentPaths.Resolve("tests/Assistant.Offers.Tests/questions.yaml"));
        return Languages.Select(language =>
        {
            var asked = questions
                .Where(q => q.Language == language && q.Expected != EvaluationQuestion.NoOffer)
                .Select(q => q.Question)
                .ToList();
            var agree = WithoutEmoji(texts.Get(language, "onboarding.agree"));
            var said = new List<string> { "/start", agree };
            said.AddRange(Enumerable.Range(0, Math.Max(0, updatesPerChat - 2)).Select(i => asked[i % asked.Count]));
            return new Script(language, said.Take(updatesPerChat).ToList());
        }).ToList();
    }

    /// <summary>
    /// How many messages the bot sends in answer to each step of <paramref name="script"/>, found by playing
    /// it once for <paramref name="user"/> and waiting for each turn to fall quiet.
    /// </summary>
    public static async Task<int[]> CountRepliesAsync(FakeBotApi fake, long user, Script script)
    {
        var counts = new int[script.Texts.Count];
        var total = 0;
        for (var step = 0; step < script.Texts.Count; step++)
        {
            fake.SendText(user, script.Texts[step], script.Language);
            using (var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60)))
            {
                await fake.WaitForMessagesAsync(user, total + 1, patience.Token);
            }

            while (true)
            {
                var seen = fake.MessagesTo(user).Count;
                using var quiet = new CancellationTokenSource(QuietAfterTurn);
                try
                {
                    await fake.WaitForMessagesAsync(user, seen + 1, quiet.Token);
                }
                catch (OperationCanceledException)
                {
                    counts[step] = seen - total;
                    total = seen;
                    break;
                }
            }
        }

        return counts;
    }

    // Typed answers match buttons without their emoji, the way people type them.
    private static string WithoutEmoji(string label) => new(label.SkipWhile(c => !char.IsLetterOrDigit(c)).ToArray());
}
