using System.Security.Cryptography;
using System.Text;
using Assistant.Storage.LiteDb;
using Microsoft.Extensions.Options;

namespace Assistant.Host.Tests;

/// <summary>The bot never replaces or rewrites a data file it cannot read: it refuses to start, in one sentence, and the file stays as it was.</summary>
public sealed class DataFileTests
{
    public static TheoryData<string> Damage => ["empty", "100 bytes", "text", "truncated", "garbage page"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task A_damaged_data_file_stops_the_start_with_one_sentence_and_stays_byte_for_byte(string damage)
    {
        using var temp = new TempFolder();
        var dataFile = temp.File("assistant.db");
        Damaged(dataFile, damage);
        var before = Checksum(dataFile);

        await using var bot = await BotProcess.StartAsync(temp.Path, new Dictionary<string, string?> { ["Storage__LiteDb__Path"] = dataFile }, waitUntilLive: false);
        var exit = await bot.WaitForExitAsync(TimeSpan.FromSeconds(90));

        Assert.NotEqual(0, exit);
        var error = Assert.Single(Lines(bot.StandardError));
        Assert.StartsWith($"Assistant cannot start: The data file {dataFile} ", error, StringComparison.Ordinal);
        Assert.Contains("restore the last backup", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", bot.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(before, Checksum(dataFile));
    }

    [Fact]
    public void A_sound_data_file_passes_the_check()
    {
        using var temp = new TempFolder();
        var dataFile = temp.File("assistant.db");
        Filled(dataFile);

        Assert.Null(DataFileCheck.ProblemOf(dataFile));
    }

    internal static void Filled(string dataFile)
    {
        using var db = new AssistantDatabase(Options.Create(new LiteDbOptions { Path = dataFile }));
        var people = db.Collection("people");
        for (var i = 1; i <= 400; i++)
        {
            people.Upsert(new LiteDB.BsonDocument { ["_id"] = i, ["name"] = new string('x', 200) + i });
        }
    }

    private static void Damaged(string dataFile, string damage)
    {
        switch (damage)
        {
            case "empty":
                File.WriteAllBytes(dataFile, []);
                break;
            case "100 bytes":
                File.WriteAllBytes(dataFile, RandomNumberGenerator.GetBytes(100));
                break;
            case "text":
                File.WriteAllText(dataFile, string.Concat(Enumerable.Repeat("Name;Telefon;Workshop\nAmina;0171 2345678;Nähen\n", 100)));
                break;
            case "truncated":
                Filled(dataFile);
                using (var file = new FileStream(dataFile, FileMode.Open))
                {
                    // Cut mid-page, as a copy that did not finish leaves it.
                    file.SetLength(file.Length / 2 + 100);
                }

                break;
            case "garbage page":
                Filled(dataFile);
                using (var file = new FileStream(dataFile, FileMode.Open))
                {
                    // Every page after the header: the collection list still reads, the documents do not.
                    for (var at = DataFileCheck.PageSize; at < file.Length; at += DataFileCheck.PageSize)
                    {
                        file.Position = at;
                        file.Write(RandomNumberGenerator.GetBytes(DataFileCheck.PageSize));
                    }
                }

                break;
        }
    }

    private static string Checksum(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    internal static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
