using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Shifts;

/// <summary>Volunteers see open shifts that fit them, sign up, see their shifts, and cancel until the cut-off.</summary>
public sealed class SignUpTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Open_shifts_are_those_of_the_volunteers_kinds_and_languages()
    {
        await _world.ShiftAsync("cafe", Local(11, 25, 17));
        await _world.ShiftAsync("interpret-ar", Local(11, 26, 9), needed: 1, kind: "interpreting", language: "ar");
        await _world.ShiftAsync("interpret-fa", Local(11, 26, 10), needed: 1, kind: "interpreting", language: "fa");
        await _world.ShiftAsync("workshop", Local(11, 27, 9), kind: "workshop");
        await _world.ShiftAsync("past", Local(11, 23, 17));
        var amina = await _world.VolunteerAsync(1, "Amina", ["de", "ar"], ["language_cafe", "interpreting"]);

        await amina.SendAsync("/volunteer");
        await amina.PressAsync(T("de", "volunteers.menu_open"));

        Assert.Equal(T("de", "volunteers.open_prompt"), amina.LastTexts[0]);
        Assert.Equal(["Mi 25.11. 17:00 · Sprachcafé", "Do 26.11. 09:00 · Dolmetschen", T("de", "volunteers.back")], amina.ButtonLabels);
    }

    [Fact]
    public async Task Signing_up_shows_the_shift_takes_the_place_and_lists_it_under_my_shifts()
    {
        await _world.ShiftAsync("cafe", Local(11, 25, 17), needed: 2);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await amina.SendAsync("/volunteer");
        await amina.PressAsync(T("de", "volunteers.menu_open"));

        await amina.PressAsync("Mi 25.11. 17:00 · Sprachcafé");
        var shift = "Sprachcafé: Sprachcafé: Gastgeberin\n🗓 Mittwoch, 25. November, 17:00–19:00 Uhr\n📍 Stadtbibliothek, Schulstraße 7";
        Assert.Equal(T("de", "volunteers.signup_confirm", ("shift", shift + "\n" + T("de", "volunteers.places", ("count", "2")))), amina.LastTexts[0]);

        await amina.PressAsync(T("de", "dialog.yes"));
        Assert.Equal([T("de", "volunteers.signed_up"), T("de", "volunteers.menu_prompt")], amina.LastTexts);
        Assert.Equal(1, await _world.Board.ActiveCountAsync("cafe", CancellationToken.None));

        await amina.PressAsync(T("de", "volunteers.menu_mine"));
        Assert.Equal(["Mi 25.11. 17:00 · Sprachcafé", T("de", "volunteers.back")], amina.ButtonLabels);
        await amina.PressAsync(T("de", "volunteers.back"));
        await amina.PressAsync(T("de", "volunteers.menu_open"));
        Assert.Equal([T("de", "volunteers.no_open"), T("de", "volunteers.menu_prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task Full_shift_closes_for_everyone_else()
    {
        await _world.ShiftAsync("cafe", Local(11, 25, 17), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        var olena = await _world.VolunteerAsync(2, "Olena", ["de"], ["language_cafe"]);
        await olena.SendAsync("/volunteer");
        await olena.PressAsync(T("de", "volunteers.menu_open"));
        await olena.PressAsync("Mi 25.11. 17:00 · Sprachcafé");

        await SignUpAsync(amina, "Mi 25.11. 17:00 · Sprachcafé");
        await olena.PressAsync(T("de", "dialog.yes"));

        Assert.Equal([T("de", "volunteers.full"), T("de", "volunteers.menu_prompt")], olena.LastTexts);
        Assert.Empty(await _world.Board.OpenShiftsForAsync(2, CancellationToken.None));
    }

    [Fact]
    public async Task Cancelling_before_the_cutoff_frees_the_place_and_tells_the_coordinators()
    {
        await _world.ShiftAsync("cafe", Local(11, 27, 17), needed: 2);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await SignUpAsync(amina, "Fr 27.11. 17:00 · Sprachcafé");
        await amina.PressAsync(T("de", "volunteers.menu_mine"));

        await amina.PressAsync("Fr 27.11. 17:00 · Sprachcafé");
        Assert.EndsWith(T("de", "volunteers.mine_detail", ("shift", ""), ("cutoff", "Donnerstag, 26. November, 17:00 Uhr")).TrimStart('\n'), amina.LastTexts[0], StringComparison.Ordinal);
        await amina.PressAsync(T("de", "volunteers.cancel_signup"));
        await amina.PressAsync(T("de", "dialog.yes"));

        Assert.Equal([T("de", "volunteers.cancelled"), T("de", "volunteers.menu_prompt")], amina.LastTexts);
        Assert.Equal(0, await _world.Board.ActiveCountAsync("cafe", CancellationToken.None));
        var notice = Assert.Single(_world.StaffChats.Coordinators);
        Assert.StartsWith("Amina hat abgesagt:", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Angemeldet: 0 von 2.", notice.Text, StringComparison.Ordinal);
        Assert.Empty(notice.Buttons);
    }

    [Fact]
    public async Task After_the_cutoff_my_shifts_only_offers_telling_the_coordinators()
    {
        await _world.ShiftAsync("cafe", Local(11, 25, 9), needed: 1);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await SignUpAsync(amina, "Mi 25.11. 09:00 · Sprachcafé");
        await _world.AdvanceToAsync(Local(11, 24, 12));
        await amina.PressAsync(T("de", "volunteers.menu_mine"));

        await amina.PressAsync("Mi 25.11. 09:00 · Sprachcafé");

        Assert.StartsWith("Sprachcafé: Sprachcafé: Gastgeberin", amina.LastTexts[0], StringComparison.Ordinal);
        Assert.Equal([T("de", "volunteers.cant_come"), T("de", "volunteers.back")], amina.ButtonLabels);
        await amina.PressAsync(T("de", "volunteers.cant_come"));
        await amina.PressAsync(T("de", "dialog.yes"));

        Assert.Equal(T("de", "volunteers.cant_come_done"), amina.LastTexts[0]);
        var notice = Assert.Single(_world.StaffChats.Coordinators);
        Assert.StartsWith("❗ Amina hat kurzfristig abgesagt:", notice.Text, StringComparison.Ordinal);
        // Inside the alert window a shift that is short now comes with the offer button at once.
        Assert.Equal("/offer-shift cafe", Assert.Single(notice.Buttons.SelectMany(r => r)).Payload);
        Assert.True((await _world.Signups.ForUserAsync(1, CancellationToken.None)).Single().CancelledLate);
    }

    [Fact]
    public async Task Volunteer_menu_tells_others_how_to_become_a_volunteer()
    {
        var participant = await _world.ParticipantAsync(5);

        await participant.SendAsync("/volunteer");

        Assert.Equal([T("de", "volunteers.not_volunteer"), T("de", "menu.prompt")], participant.LastTexts);
    }

    [Theory]
    [InlineData("meine einsätze")]
    [InlineData("my shifts")]
    [InlineData("мои смены")]
    public async Task Volunteer_menu_opens_with_its_words_in_any_language(string words)
    {
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);

        await amina.SendAsync(words);

        Assert.Equal([T("de", "volunteers.menu_prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task Profile_shows_what_is_stored_and_can_be_changed()
    {
        var amina = await _world.VolunteerAsync(1, "Amina", ["de", "ar"], ["language_cafe"], language: "en");
        await amina.SendAsync("/volunteer");

        await amina.PressAsync(T("en", "volunteers.menu_profile"));

        Assert.Equal(T("en", "volunteers.profile_summary", ("name", "Amina"), ("language_list", "German, Arabic"), ("kind_list", "Language café"), ("reach", "here in the chat")), amina.LastTexts[0]);
        await amina.PressAsync(T("en", "volunteers.profile_change"));
        await amina.SendAsync("Amina K.");
        Assert.Contains("✓ German", amina.ButtonLabels);
        await amina.PressAsync(T("en", "volunteers.done"));
        await amina.PressAsync("Event");
        await amina.PressAsync(T("en", "volunteers.done"));
        await amina.PressAsync(T("en", "volunteers.reach_chat"));

        Assert.Equal([T("en", "volunteers.profile_saved"), T("en", "volunteers.menu_prompt")], amina.LastTexts);
        var saved = await _world.Volunteers.GetAsync(1, CancellationToken.None);
        Assert.Equal("Amina K.", saved!.Name);
        Assert.Equal(["language_cafe", "event"], saved.Kinds);
    }

    [Fact]
    public async Task Profile_needs_at_least_one_language_and_one_kind()
    {
        var amina = await _world.VolunteerAsync(1, "Amina", [], [], language: "de");

        await amina.SendAsync("/volunteer");
        Assert.Equal([T("de", "volunteers.complete_profile"), T("de", "volunteers.profile_name")], amina.LastTexts);
        await amina.SendAsync("Amina");
        await amina.PressAsync(T("de", "volunteers.done"));

        Assert.Equal([T("de", "volunteers.need_language"), T("de", "volunteers.profile_languages")], amina.LastTexts);
    }

    [Fact]
    public async Task Many_volunteers_signing_up_at_once_never_overbook_a_shift()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 27, 17), needed: 3);
        for (var id = 100; id < 130; id++)
        {
            await _world.Volunteers.SaveAsync(new Assistant.Volunteers.Profiles.VolunteerProfile { UserId = id, Name = "V" + id, Languages = ["de"], Kinds = ["language_cafe"], JoinedAt = Beginning }, CancellationToken.None);
        }

        var results = await Task.WhenAll(Enumerable.Range(100, 30).Select(id => Task.Run(() => _world.Board.SignUpAsync(id, shift.Id, CancellationToken.None))));

        Assert.Equal(3, results.Count(r => r.Outcome == SignUpOutcome.SignedUp));
        Assert.Equal(27, results.Count(r => r.Outcome == SignUpOutcome.Full));
        Assert.Equal(3, (await _world.Signups.ForShiftAsync(shift.Id, CancellationToken.None)).Count);
    }

    private static async Task SignUpAsync(Participant chat, string label)
    {
        await chat.SendAsync("/volunteer");
        await chat.PressAsync(T("de", "volunteers.menu_open"));
        await chat.PressAsync(label);
        await chat.PressAsync(T("de", "dialog.yes"));
        Assert.Equal(T("de", "volunteers.signed_up"), chat.LastTexts[0]);
    }
}
