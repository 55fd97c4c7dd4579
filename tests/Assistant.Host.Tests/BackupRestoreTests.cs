using static Assistant.Host.Tests.TestHost;

namespace Assistant.Host.Tests;

/// <summary>The backup and restore verbs, with the bot as a real process.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task A_backup_taken_while_the_bot_runs_brings_the_conversation_back_after_the_data_file_is_lost()
    {
        using var temp = new TempFolder();
        var dataFile = temp.File("data/assistant.db");
        var backup = temp.File("backup.db");
        var settings = new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = dataFile };
        string agree;

        await using (var bot = await BotProcess.StartAsync(temp.Path, settings))
        {
            var start = await bot.ChatAsync(5, new { text = "/start", language = "uk" });
            // The privacy notice waits for an answer: after the restore the same button must still work.
            agree = start.Messages[^1].Buttons.SelectMany(r => r).Single(b => b.Label == T("uk", "onboarding.agree")).Payload;

            var (exit, output, error) = await BotProcess.RunVerbAsync(temp.Path, settings, "backup", backup);
            Assert.True(exit == 0, error);
            Assert.Contains("running bot", output, StringComparison.Ordinal);

            var (refused, _, why) = await BotProcess.RunVerbAsync(temp.Path, settings, "restore", backup);
            Assert.Equal(1, refused);
            Assert.Contains("stop the bot first", why, StringComparison.Ordinal);
            await bot.StopAsync();
        }

        File.Delete(dataFile);
        var restored = await BotProcess.RunVerbAsync(temp.Path, settings, "restore", backup);
        Assert.True(restored.ExitCode == 0, restored.Error);

        await using var again = await BotProcess.StartAsync(temp.Path, settings);
        var after = await again.ChatAsync(5, new { payload = agree });
        Assert.Equal([T("uk", "onboarding.consent_thanks"), T("uk", "menu.prompt")], after.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_and_the_data_file_stays()
    {
        using var temp = new TempFolder();
        var dataFile = temp.File("assistant.db");
        DataFileTests.Filled(dataFile);
        var before = await File.ReadAllBytesAsync(dataFile);
        var backup = temp.File("backup.db");
        await File.WriteAllTextAsync(backup, "not a database");

        var (exit, _, error) = await BotProcess.RunVerbAsync(temp.Path, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = dataFile }, "restore", backup);

        Assert.Equal(1, exit);
        Assert.Contains($"The backup {backup} is too short to be a database", error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(dataFile));
    }
}
