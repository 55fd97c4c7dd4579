using System.Globalization;
using System.Text;
using Assistant.Telegram.Fakes;
using static Assistant.Telegram.Tests.TelegramTestHost;

namespace Assistant.Telegram.Tests;

/// <summary>
/// The right to erasure, checked where it matters: in the bytes of the data file. A participant leaves her
/// name, phone number, a question and a request for a person; after /delete none of it is left in any file of
/// the data folder, while another participant's registration still is (so the search would have found it).
/// Name and phone are in the file in clear text until /delete; the request is encrypted and the question is
/// never stored, and both are searched for all the same, so that a change there cannot slip through.
/// </summary>
public sealed class ErasureEndToEndTests
{
    private const long Zeynep = 7401;
    private const long Fatima = 7402;
    private const long GeneralChat = -1001000000011;

    // Tuesday 1 December 2026, 10:00 in Berlin: daytime, and the sample workshops are still open.
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task After_delete_the_data_file_holds_nothing_of_the_user_and_the_others_data_stays()
    {
        string[] hers = ["Quellbrunnia", "Zeynep Quellbrunn", "5550199", "Marker-8812", "Marker-3307"];
        await using var fake = await FakeBotApi.StartAsync();
        var folder = Directory.CreateTempSubdirectory("assistant-erasure-").FullName;
        try
        {
            await using (var host = await StartAsync(Settings(), fake, folder, new TravellingClock(Start)))
            {
                var zeynep = new ChatUser(fake, Zeynep, "de", firstName: "Quellbrunnia");
                var fatima = new ChatUser(fake, Fatima, "de", firstName: "Fatima");
                await zeynep.OnboardAsync();
                await fatima.OnboardAsync();
                await RegisterAsync(zeynep, "Zeynep Quellbrunn", "0171 5550199");
                await RegisterAsync(fatima, "Fatima Wellenreiter", "0171 5550288");

                await zeynep.SayAsync("Wo ist das Sprachcafé? Marker-3307", _ => true, "an answer to the question");
                await zeynep.SayAsync("/menu", T("de", "menu.prompt"));
                await zeynep.PressAsync(T("de", "menu.person"), T("de", "handoff.ask_topic"));
                await zeynep.SayAsync("Ich brauche Hilfe beim Jobcenter, Marker-8812", T("de", "handoff.open_prompt"));
                await fake.WaitUntilAsync(f => f.TextsTo(GeneralChat).Count > 0, what: "the ticket in the staff chat");
                Assert.True(Contains(folder, "Zeynep Quellbrunn"), "before /delete her name is in the data file");
                Assert.True(Contains(folder, "5550199"), "before /delete her phone number is in the data file");

                await zeynep.SayAsync("/delete", T("de", "privacy.delete_confirm"));
                await zeynep.PressAsync(T("de", "dialog.yes"), T("de", "privacy.deleted"));
            }

            foreach (var secret in hers)
            {
                Assert.False(Contains(folder, secret), $"'{secret}' is still in the data folder after /delete");
            }

            Assert.True(Contains(folder, "Fatima Wellenreiter"), "the other participant's registration stays");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Dictionary<string, string?> Settings() => new()
    {
        ["Handoff:EncryptionKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
        ["Telegram:StaffChats:General"] = GeneralChat.ToString(CultureInfo.InvariantCulture),
        ["Telegram:Sending:PrivateChatPerSecond"] = "200",
        ["Telegram:Sending:PrivateChatBurst"] = "50",
        ["Telegram:Sending:GroupPerMinute"] = "6000",
    };

    private static async Task RegisterAsync(ChatUser user, string name, string phone)
    {
        await user.SayAsync("/menu", T("de", "menu.prompt"));
        var list = await user.PressAsync(T("de", "menu.workshops"), T("de", "workshops.choose"));
        var walk = list.AllButtons.Single(b => b.Label.StartsWith("Bibliothek", StringComparison.Ordinal)).Label;
        var dates = await user.PressAsync(walk, t => t.Contains(T("de", "workshops.choose_session"), StringComparison.Ordinal), "the dates");
        await user.PressAsync(dates, dates.AllButtons.First().Label, T("de", "workshops.ask_name"));
        await user.SayAsync(name, T("de", "workshops.ask_phone_wanted"));
        await user.PressAsync(T("de", "dialog.yes"), T("de", "workshops.ask_phone"));
        await user.SayAsync(phone, T("de", "workshops.ask_childcare"));
        await user.NoNeedsAsync();
        await user.PressAsync(T("de", "dialog.yes"), t => t.Contains(name, StringComparison.Ordinal), "the summary");
        await user.PressAsync(T("de", "dialog.yes"), t => t.StartsWith('✅'), "the confirmation");
    }

    /// <summary>Searches every file of the data folder (the database and its log) for the text as UTF-8 and as UTF-16.</summary>
    private static bool Contains(string folder, string text)
    {
        var bytes = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(File.ReadAllBytes).ToList();
        return bytes.Any(b => b.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0 || b.AsSpan().IndexOf(Encoding.Unicode.GetBytes(text)) >= 0);
    }
}
