using System.Security.Cryptography;
using System.Text;
using Assistant.Handoff.Security;
using Assistant.Handoff.Tests.Support;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Tests;

/// <summary>Report contents encrypted at rest, and a key that must be there when reports are on.</summary>
public sealed class SecurityTests
{
    [Fact]
    public async Task The_data_file_does_not_contain_the_report_in_clear_text()
    {
        string file;
        using (var world = new HandoffWorld())
        {
            await world.WithStaffAsync();
            var p = await world.ParticipantAsync(1);
            var ticket = await p.ReportAsync();
            await p.SendAsync("Zweite Nachricht mit Marker-5521");
            await world.StaffWritesAsync(HandoffWorld.Counsellor, "Selin", Core.Staff.StaffChatKind.AntiDiscrimination, await world.TopicOfAsync(ticket), "/note Notiz mit Marker-9903");
            var q = await world.ParticipantAsync(2);
            await q.ChooseAsync("menu.report");
            await q.ChooseAsync("report.not_in_danger");
            await q.ChooseAsync("report.anonymous");
            await q.ChooseAsync("report.grounds.age");
            await q.ChooseAsync("report.grounds_done");
            await q.ChooseAsync("report.areas.work");
            await q.ChooseAsync("report.when_today");
            await q.SendAsync("Entwurf mit Marker-4410");
            file = world.DataFile;
        }

        var bytes = File.ReadAllBytes(file).Concat(File.Exists(LogFile(file)) ? File.ReadAllBytes(LogFile(file)) : []).ToArray();
        foreach (var secret in new[] { "Marker-7731", "Marker-5521", "Marker-9903", "Marker-4410", "Vermieter" })
        {
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)));
            Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(secret)));
        }
    }

    [Fact]
    public void Sealed_content_opens_only_with_the_same_key_and_for_the_same_record()
    {
        var protector = Protector(HandoffWorld.TestKey);
        var other = Protector(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var content = new TicketContent { Topic = "Hilfe mit dem Mietvertrag", ParticipantId = 42 };

        var sealedBytes = protector.Seal(content, "GS-2026-0001");

        Assert.Equal("Hilfe mit dem Mietvertrag", protector.Open<TicketContent>(sealedBytes, "GS-2026-0001").Topic);
        Assert.ThrowsAny<CryptographicException>(() => other.Open<TicketContent>(sealedBytes, "GS-2026-0001"));
        Assert.ThrowsAny<CryptographicException>(() => protector.Open<TicketContent>(sealedBytes, "GS-2026-0002"));
        Assert.Equal(protector.Pseudonym("participant", 42), protector.Pseudonym("participant", 42));
        Assert.NotEqual(protector.Pseudonym("participant", 42), other.Pseudonym("participant", 42));
    }

    [Theory]
    [InlineData("true", null, "Handoff:EncryptionKey is required while Handoff:Enabled is true")]
    [InlineData(null, "c2hvcnQ=", "Handoff:EncryptionKey must be 32 random bytes in base64")]
    [InlineData(null, "not base64 at all!", "Handoff:EncryptionKey must be 32 random bytes in base64")]
    public void Reports_switched_on_without_a_valid_key_stop_the_start_naming_the_key(string? enabled, string? key, string message)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Handoff:Enabled", enabled), ("Handoff:EncryptionKey", key)).Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_routing_to_an_unknown_chat_stops_the_start()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(("Handoff:EncryptionKey", HandoffWorld.TestKey), ("Handoff:Routing:discrimination-report", "Everyone")).Value);

        Assert.Contains("Handoff:Routing:discrimination-report is 'Everyone'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_key_reports_are_off_and_the_person_gets_the_help_line_and_emergency_numbers()
    {
        using var world = new HandoffWorld(new Dictionary<string, string?> { ["Handoff:EncryptionKey"] = null });
        var p = await world.ParticipantAsync(1, "fa");

        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");

        Assert.Equal([p.T("report.unavailable", ("help_lines", world.Get<Core.Safety.HelpLines>().Render("fa"))), p.T("menu.prompt")], p.LastTexts);
        Assert.Contains("110", p.LastTexts[0], StringComparison.Ordinal);
        Assert.Contains("\u2066116 016\u2069", p.LastTexts[0], StringComparison.Ordinal);
        Assert.Empty(world.StaffChats.Posts);
    }

    [Fact]
    public async Task Routing_is_configuration()
    {
        using var world = new HandoffWorld(new Dictionary<string, string?> { ["Handoff:Routing:person-request"] = "Coordinators" });
        var p = await world.ParticipantAsync(1);

        await p.ChooseAsync("menu.person");
        await p.SendAsync("Ich möchte ehrenamtlich helfen.");

        Assert.Equal(Core.Staff.StaffChatKind.Coordinators, Assert.Single(world.StaffChats.Posts).Post.Kind);
    }

    private static string LogFile(string dataFile) => Path.Combine(Path.GetDirectoryName(dataFile)!, Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));

    private static ContentProtector Protector(string key) => new(Microsoft.Extensions.Options.Options.Create(new HandoffOptions { EncryptionKey = key }));

    private static IOptions<HandoffOptions> Options(params (string Key, string? Value)[] settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        return new ServiceCollection().AddHandoff(configuration).BuildServiceProvider().GetRequiredService<IOptions<HandoffOptions>>();
    }
}
