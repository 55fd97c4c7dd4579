using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

/// <summary>
/// One process writes one data file: the console chat next to the web chat, or a second copy of the
/// bot, is refused at start in one sentence, and the running bot keeps every answer it was given.
/// </summary>
public sealed class OneWriterTests
{
    [Fact]
    public async Task A_console_chat_and_a_second_bot_on_the_same_file_are_refused_and_the_running_bot_keeps_its_data()
    {
        using var temp = new TempFolder();
        var settings = new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = temp.File("data/assistant.db") };

        await using (var bot = await BotProcess.StartAsync(temp.Path, settings))
        {
            var start = await bot.ChatAsync(5, new { text = "/start", language = "uk" });
            var agree = start.Messages[^1].Buttons.SelectMany(r => r).Single(b => b.Label == T("uk", "onboarding.agree"));
            await bot.ChatAsync(5, new { payload = agree.Payload, language = "uk" });

            var (chatExit, _, chatError) = await BotProcess.RunVerbAsync(temp.Path, settings, "chat", "--user", "5", "--lang", "de");
            await using var second = await BotProcess.StartAsync(temp.Path, settings, waitUntilLive: false);
            var secondExit = await second.WaitForExitAsync(TimeSpan.FromSeconds(90));

            foreach (var (exit, error) in new[] { (chatExit, chatError), (secondExit, second.StandardError) })
            {
                Assert.Equal(1, exit);
                var line = Assert.Single(DataFileTests.Lines(error));
                Assert.StartsWith($"Assistant cannot start: The data file {temp.File("data/assistant.db")} is in use by another running bot or console chat", line, StringComparison.Ordinal);
            }

            // Reading stays possible for everyone (a backup script, a search of the folder's bytes).
            Assert.All(Directory.GetFiles(temp.File("data")), file => Assert.NotNull(File.ReadAllBytes(file)));

            // The first bot goes on as if nothing happened.
            var menu = await bot.ChatAsync(5, new { text = "/menu", language = "de" });
            Assert.Equal(T("uk", "menu.prompt"), menu.Messages[^1].Text);
            await bot.StopAsync();
        }

        // Stopped, the file is free again, with the language and consent the person gave.
        await using var again = await BotProcess.StartAsync(temp.Path, settings);
        var after = await again.ChatAsync(5, new { text = "/menu", language = "de" });
        Assert.Equal(T("uk", "menu.prompt"), after.Messages[^1].Text);
    }
}
