using System.Text.RegularExpressions;
using Assistant.Core.Users;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Invites;

/// <summary>Staff make invitation links; whoever opens one joins as a volunteer, once per use, until it expires.</summary>
public sealed partial class JoinTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Staff_invite_gives_a_start_link_with_an_unguessable_token()
    {
        var staff = await _world.StaffAsync();

        await staff.SendAsync("/invite volunteer");

        var link = LinkPattern().Match(staff.LastTexts[0]);
        Assert.True(link.Success, staff.LastTexts[0]);
        var payload = link.Groups[1].Value;
        Assert.Matches("^v-[A-Za-z0-9_-]{22}$", payload);
        Assert.Contains(T("de", "volunteers.invite_created", ("link", link.Value), ("expires", "Dienstag, 1. Dezember, 11:00 Uhr"), ("count", "1")), staff.LastTexts[0], StringComparison.Ordinal);

        await staff.SendAsync("/invite volunteer");
        Assert.NotEqual(payload, LinkPattern().Match(staff.LastTexts[0]).Groups[1].Value);
    }

    [Fact]
    public async Task New_person_opening_the_link_agrees_answers_the_profile_and_gets_the_volunteer_menu()
    {
        var payload = await InviteAsync();
        var amina = _world.Chat(1, "de");

        await amina.SendAsync("/start " + payload);
        Assert.Equal([T("de", "volunteers.join_consent")], amina.LastTexts);

        await amina.PressAsync(T("de", "volunteers.join_agree"));
        Assert.Equal([T("de", "volunteers.join_welcome"), T("de", "volunteers.profile_name")], amina.LastTexts);

        await amina.SendAsync("Amina");
        await amina.PressAsync("Arabisch");
        Assert.Contains("✓ Arabisch", amina.ButtonLabels);
        await amina.PressAsync("Deutsch");
        await amina.PressAsync("✓ Arabisch");
        await amina.PressAsync("Arabisch");
        await amina.PressAsync(T("de", "volunteers.done"));
        Assert.Equal([T("de", "volunteers.profile_kinds")], amina.LastTexts);
        await amina.PressAsync("Dolmetschen");
        await amina.PressAsync(T("de", "volunteers.done"));
        await amina.PressAsync(T("de", "volunteers.reach_phone"));
        Assert.True(amina.Last.Replies[0].RequestsContact);
        await amina.SendAsync("0151 2345678");

        Assert.Equal([T("de", "volunteers.profile_saved"), T("de", "volunteers.menu_prompt")], amina.LastTexts);
        var volunteer = await _world.Volunteers.GetAsync(1, CancellationToken.None);
        Assert.Equal("Amina", volunteer!.Name);
        Assert.Equal(["de", "ar"], volunteer.Languages);
        Assert.Equal(["interpreting"], volunteer.Kinds);
        Assert.Equal("01512345678", volunteer.Phone);
        Assert.Equal(ConsentDecision.Given, (await _world.ProfileAsync(1))!.Consent);

        await amina.PressAsync(T("de", "volunteers.menu_back"));
        Assert.Equal([T("de", "menu.prompt")], amina.LastTexts);
    }

    [Fact]
    public async Task Person_without_a_known_language_chooses_it_first()
    {
        var payload = await InviteAsync();
        var chat = _world.Chat(2, clientLanguage: null);

        await chat.SendAsync("/start " + payload);
        Assert.Contains("العربية", chat.ButtonLabels);

        await chat.PressAsync("العربية");

        Assert.Equal(T("ar", "volunteers.join_consent"), chat.LastTexts[^1]);
    }

    [Fact]
    public async Task Declining_consent_makes_no_volunteer_and_keeps_the_link()
    {
        var payload = await InviteAsync();
        var chat = _world.Chat(3);
        await chat.SendAsync("/start " + payload);

        await chat.PressAsync(T("de", "volunteers.join_decline"));

        Assert.Equal(T("de", "volunteers.join_declined"), chat.LastTexts[0]);
        Assert.Null(await _world.Volunteers.GetAsync(3, CancellationToken.None));
        var other = _world.Chat(4);
        await other.SendAsync("/start " + payload);
        Assert.Equal([T("de", "volunteers.join_consent")], other.LastTexts);
    }

    [Fact]
    public async Task Expired_link_says_so_and_the_usual_welcome_follows()
    {
        var payload = await InviteAsync();
        _world.Clock.Advance(TimeSpan.FromDays(7));
        var chat = _world.Chat(5);

        await chat.SendAsync("/start " + payload);

        Assert.Equal(T("de", "volunteers.invite_expired"), chat.LastTexts[0]);
        Assert.Equal(T("de", "onboarding.welcome"), chat.LastTexts[1]);
        Assert.Null(await _world.Volunteers.GetAsync(5, CancellationToken.None));
    }

    [Fact]
    public async Task Single_use_link_tells_the_second_person_it_is_used()
    {
        var payload = await InviteAsync();
        await JoinAsync(6, payload);
        var second = _world.Chat(7);

        await second.SendAsync("/start " + payload);

        Assert.Equal(T("de", "volunteers.invite_used"), second.LastTexts[0]);
    }

    [Fact]
    public async Task Limited_link_works_for_as_many_people_as_staff_allowed()
    {
        var payload = await InviteAsync("/invite volunteer 2");

        await JoinAsync(8, payload);
        await JoinAsync(9, payload);
        var third = _world.Chat(10);
        await third.SendAsync("/start " + payload);

        Assert.NotNull(await _world.Volunteers.GetAsync(9, CancellationToken.None));
        Assert.Equal(T("de", "volunteers.invite_used"), third.LastTexts[0]);
    }

    [Theory]
    [InlineData("v-doesnotexistdoesnotexi")]
    [InlineData("v-")]
    public async Task Unknown_link_says_so(string payload)
    {
        var chat = _world.Chat(11);

        await chat.SendAsync("/start " + payload);

        Assert.Equal(T("de", "volunteers.invite_unknown"), chat.LastTexts[0]);
    }

    [Fact]
    public async Task Volunteer_opening_another_link_gets_the_menu_and_leaves_the_use_for_someone_else()
    {
        var payload = await InviteAsync();
        await _world.VolunteerAsync(12, "Olena", ["uk"], ["event"]);
        var chat = _world.Chat(12);

        await chat.SendAsync("/start " + payload);
        Assert.Equal([T("de", "volunteers.join_already"), T("de", "volunteers.menu_prompt")], chat.LastTexts);

        var newcomer = _world.Chat(13);
        await newcomer.SendAsync("/start " + payload);
        Assert.Equal([T("de", "volunteers.join_consent")], newcomer.LastTexts);
    }

    [Theory]
    [InlineData("/invite")]
    [InlineData("/invite helper")]
    [InlineData("/invite volunteer 0")]
    [InlineData("/invite volunteer many")]
    public async Task Invite_command_not_understood_shows_how_to_use_it(string command)
    {
        var staff = await _world.StaffAsync();

        await staff.SendAsync(command);

        Assert.Equal(T("de", "volunteers.invite_usage"), staff.LastTexts[0]);
    }

    private async Task<string> InviteAsync(string command = "/invite volunteer")
    {
        var staff = await _world.StaffAsync();
        await staff.SendAsync(command);
        return LinkPattern().Match(staff.LastTexts[0]).Groups[1].Value;
    }

    private async Task JoinAsync(long userId, string payload)
    {
        var chat = _world.Chat(userId);
        await chat.SendAsync("/start " + payload);
        await chat.PressAsync(T("de", "volunteers.join_agree"));
        Assert.Equal(T("de", "volunteers.profile_name"), chat.LastTexts[^1]);
    }

    // Without a channel the link is the command to type; Telegram's t.me links are tested with the Telegram channel.
    [GeneratedRegex(@"/start (v-[A-Za-z0-9_-]+)")]
    private static partial Regex LinkPattern();
}
