using Assistant.Core.Privacy;
using Assistant.Core.Users;
using Assistant.Testing;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static Assistant.Workshops.Tests.Flows.WorkshopRegistrationFlowTests;

namespace Assistant.Workshops.Tests.Flows;

/// <summary>Name and phone given once are offered again, only when the person agreed to keep them.</summary>
public sealed class KeptContactTests
{
    public static TheoryData<string> Languages => new() { "de", "en", "ar", "tr", "uk", "ru", "fa" };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Name_and_phone_are_offered_again_after_consent_to_keep_them(string language)
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, language);
        await StartAsync(amina, "thursday");
        await amina.SendAsync("Amina Yusuf");
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.SendAsync("0171 2345678");
        await AnswerNoNeedsAndConfirmAsync(amina);
        Assert.Contains(amina.T("workshops.keep_contact_ask"), amina.LastTexts);

        await amina.PressAsync(amina.T("workshops.keep_contact_yes"));
        Assert.Equal(amina.T("workshops.keep_contact_saved", ("name", "Amina Yusuf")), amina.LastTexts[0]);

        await StartAsync(amina, "friday-evening");
        Assert.Equal(amina.T("workshops.use_kept_contact", ("kept_name", "Amina Yusuf")), amina.LastTexts.Single());
        await amina.PressAsync(amina.T("workshops.use_kept_yes"));
        // Name and phone questions are both skipped.
        Assert.Equal(amina.T("workshops.ask_childcare"), amina.LastTexts.Single());
        await AnswerNoNeedsAndConfirmAsync(amina);

        Assert.DoesNotContain(amina.T("workshops.keep_contact_ask"), amina.LastTexts);
        var friday = (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single(r => r.SessionId == "friday-evening");
        Assert.Equal(("Amina Yusuf", "01712345678"), (friday.Name, friday.Phone));
    }

    [Fact]
    public async Task Appointment_booking_keeps_and_offers_the_name_too()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");
        await BookUpToNameAsync(amina, slot: 0);
        await amina.SendAsync("Amina Yusuf");
        await amina.PressAsync(amina.T("dialog.no"));
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.PressAsync(amina.T("dialog.yes"));
        await amina.PressAsync(amina.T("workshops.keep_contact_yes"));

        await BookUpToNameAsync(amina, slot: 0);
        Assert.Equal(amina.T("workshops.use_kept_contact", ("kept_name", "Amina Yusuf")), amina.LastTexts.Single());
        await amina.PressAsync(amina.T("workshops.use_kept_yes"));
        Assert.Equal(amina.T("appointments.ask_data_consent"), amina.LastTexts.Single());
    }

    [Fact]
    public async Task Other_name_asks_for_name_and_phone_as_before()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");
        await KeepAsync(world, 1, "Amina Yusuf", "01712345678");

        await StartAsync(amina, "thursday");
        await amina.PressAsync(amina.T("workshops.use_kept_other"));
        Assert.Equal(amina.T("workshops.ask_name"), amina.LastTexts.Single());
        await amina.SendAsync("Layla Yusuf");
        Assert.Equal(amina.T("workshops.ask_phone_wanted"), amina.LastTexts.Single());
        await amina.PressAsync(amina.T("dialog.no"));
        await AnswerNoNeedsAndConfirmAsync(amina);

        var stored = (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single();
        Assert.Equal(("Layla Yusuf", (string?)null), (stored.Name, stored.Phone));
    }

    [Fact]
    public async Task No_thanks_is_remembered_and_nothing_is_kept()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "de");
        await StartAsync(amina, "thursday");
        await RegisterWithoutExtrasAsync(amina);

        await amina.PressAsync(amina.T("workshops.keep_contact_no"));
        Assert.Equal(amina.T("workshops.keep_contact_declined"), amina.LastTexts[0]);

        await StartAsync(amina, "friday-evening");
        Assert.Equal(amina.T("workshops.ask_name"), amina.LastTexts.Single());
        await RegisterWithoutExtrasAsync(amina);
        Assert.DoesNotContain(amina.T("workshops.keep_contact_ask"), amina.LastTexts);
        Assert.Null((await Profile(world, 1)).KeptContact);
    }

    [Fact]
    public async Task Without_general_consent_nothing_is_kept_or_offered()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");
        await StartAsync(amina, "thursday");
        await RegisterWithoutExtrasAsync(amina);
        var registrationId = (await world.Registrations.ForUserAsync(1, CancellationToken.None)).Single().Id;

        // Consent taken back in /privacy; an old "keep" button pressed afterwards keeps nothing.
        await amina.SendAsync("/privacy");
        await amina.PressAsync(amina.T("privacy.withdraw"));
        await amina.PressPayloadAsync("/keep-contact " + registrationId);

        Assert.Null((await Profile(world, 1)).KeptContact);
    }

    [Fact]
    public async Task Withdrawing_consent_clears_the_kept_contact()
    {
        using var world = new WorkshopWorld();
        var amina = await world.ParticipantAsync(1, "en");
        await KeepAsync(world, 1, "Amina Yusuf", "01712345678");

        await amina.SendAsync("/privacy");
        await amina.PressAsync(amina.T("privacy.withdraw"));

        Assert.Null((await Profile(world, 1)).KeptContact);
    }

    [Fact]
    public async Task Kept_contact_is_in_my_data_and_gone_after_erasure()
    {
        using var world = new WorkshopWorld();
        await world.ParticipantAsync(1, "en");
        await KeepAsync(world, 1, "Amina Yusuf", "01712345678");
        var profileArea = world.Services.GetServices<IPersonalDataArea>().Single(a => a.Name == "profile");

        var export = await profileArea.ExportAsync(1, "en", CancellationToken.None);
        Assert.Contains("Kept for next time: Amina Yusuf, phone 01712345678", export!.Lines);
        Assert.Contains(export.Lines, l => l.StartsWith("Keep name and phone: agreed on", StringComparison.Ordinal));

        await profileArea.EraseAsync(1, CancellationToken.None);
        Assert.Null(await world.Services.GetRequiredService<IUserProfileStore>().GetAsync(1, CancellationToken.None));
    }

    private static async Task StartAsync(Participant participant, string sessionId)
    {
        await participant.SendAsync("/menu");
        await participant.PressAsync(participant.T("menu.workshops"));
        await participant.PressAsync($"Sewing circle ({participant.Language})");
        var label = sessionId == "thursday" ? 0 : 1;
        await participant.PressAsync(participant.ButtonLabels[label]);
    }

    private static async Task BookUpToNameAsync(Participant participant, int slot)
    {
        await participant.SendAsync("/menu");
        await participant.PressAsync(participant.T("menu.appointments"));
        await participant.PressAsync(participant.T("appointments.book"));
        await participant.PressAsync(participant.ButtonLabels[slot]);
        await participant.PressAsync("Deutsch");
    }

    /// <summary>From the childcare question: no needs, consent for the team, summary confirmed.</summary>
    private static async Task AnswerNoNeedsAndConfirmAsync(Participant participant)
    {
        for (var i = 0; i < 3; i++)
        {
            await participant.PressAsync(participant.T("dialog.no"));
        }

        await participant.PressAsync(participant.T("dialog.yes"));
        await participant.PressAsync(participant.T("dialog.yes"));
    }

    private static async Task KeepAsync(WorkshopWorld world, long userId, string name, string phone)
    {
        var store = world.Services.GetRequiredService<IUserProfileStore>();
        var consent = world.Services.GetRequiredService<ConsentRecorder>();
        var profile = await store.GetAsync(userId, CancellationToken.None);
        await store.SaveAsync(consent.RecordKeepContact(profile!, keep: true, name, phone), CancellationToken.None);
    }

    private static async Task<UserProfile> Profile(WorkshopWorld world, long userId) =>
        (await world.Services.GetRequiredService<IUserProfileStore>().GetAsync(userId, CancellationToken.None))!;
}
