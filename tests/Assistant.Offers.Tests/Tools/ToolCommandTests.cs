namespace Assistant.Offers.Tests.Tools;

public sealed class ToolCommandTests
{
    [Fact]
    public async Task Ask_prints_the_ranked_offer_ids_with_scores()
    {
        using var output = new StringWriter();

        var exit = await AskCommand.RunAsync(["--lang", "ar", "أريد بطاقة تخفيض للمسبح"], output);

        Assert.Equal(0, exit);
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("good match", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^ 1\. city-pass +[0-9]+\.[0-9]{2}  answer$", lines[1]);
    }

    [Fact]
    public async Task Ask_without_a_question_shows_how_to_use_it()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await AskCommand.RunAsync(["--lang", "xx"], output));
    }

    [Fact]
    public async Task Eval_prints_accuracy_per_language_and_overall()
    {
        var file = Path.Combine(Path.GetTempPath(), $"questions-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(file, """
            - { question: "Sozialpass", language: de, expected: city-pass }
            - { question: "weather on Mars", language: en, expected: none }
            """);
        using var output = new StringWriter();

        try
        {
            var exit = await EvalCommand.RunAsync([file], output);

            Assert.Equal(0, exit);
            var text = output.ToString();
            Assert.Contains("language  questions  top-1          top-3", text, StringComparison.Ordinal);
            Assert.Matches(@"overall +2 +2 100\.0 %", text);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
