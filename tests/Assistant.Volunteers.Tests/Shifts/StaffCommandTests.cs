using Assistant.Core.Staff;
using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Shifts;

/// <summary>Only staff create invitations and shifts, mark attendance and export hours.</summary>
public sealed class StaffCommandTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    public static TheoryData<string> StaffCommands => new() { "/invite volunteer", "/shift", "/cancelshift", "/attendance", "/hours 2026-11" };

    [Theory]
    [MemberData(nameof(StaffCommands))]
    public async Task Participant_cannot_use_staff_commands(string command)
    {
        var participant = await _world.ParticipantAsync(1);

        await participant.SendAsync(command);

        Assert.Equal([T("de", "volunteers.staff_only"), T("de", "menu.prompt")], participant.LastTexts);
        Assert.DoesNotContain("/start v-", participant.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffCommands))]
    public async Task Volunteer_cannot_use_staff_commands(string command)
    {
        var volunteer = await _world.VolunteerAsync(2, "Amina", ["de"], ["language_cafe"]);

        await volunteer.SendAsync(command);

        Assert.Equal(T("de", "volunteers.staff_only"), volunteer.LastTexts[0]);
        Assert.Null(volunteer.Last.Replies[0].File);
    }

    [Fact]
    public async Task Volunteer_cannot_offer_shifts_from_the_coordinators_chat()
    {
        await _world.ShiftAsync("cafe", Local(11, 30, 10), needed: 2);
        await _world.VolunteerAsync(2, "Amina", ["de"], ["language_cafe"]);

        var reply = await _world.InCoordinatorsChatAsync(2, "/offer-shift cafe");

        Assert.Null(reply);
        Assert.Equal(0, _world.Messenger.Count);
    }

    [Fact]
    public async Task Anti_discrimination_counsellor_without_the_staff_role_cannot_create_shifts()
    {
        await _world.Get<IStaffStore>().SaveAsync(new StaffMember { UserId = 3, DisplayName = "Counsellor", Roles = new HashSet<StaffRole> { StaffRole.AntiDiscrimination } }, CancellationToken.None);
        var counsellor = await _world.ParticipantAsync(3);

        await counsellor.SendAsync("/shift");

        Assert.Equal(T("de", "volunteers.staff_only"), counsellor.LastTexts[0]);
    }

    [Fact]
    public async Task Admin_from_configuration_may_invite()
    {
        using var world = new VolunteerWorld(new Dictionary<string, string?> { ["Staff:Admins:0"] = "4" });
        var admin = await world.ParticipantAsync(4);

        await admin.SendAsync("/invite volunteer 3");

        Assert.Contains("/start v-", admin.LastTexts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_create_a_shift_step_by_step_and_fitting_volunteers_see_it()
    {
        var staff = await _world.StaffAsync();
        var amina = await _world.VolunteerAsync(1, "Amina", ["de", "fa"], ["accompaniment"]);

        await staff.SendAsync("/shift");
        Assert.Equal(T("de", "volunteers.shift_title"), staff.LastTexts[0]);
        await staff.SendAsync("Begleitung zur Ausländerbehörde");
        await staff.PressAsync("Begleitung");
        await staff.SendAsync("30.11.2026");
        await staff.SendAsync("8.15");
        await staff.SendAsync("07:00");
        Assert.Equal([T("de", "volunteers.end_before_start"), T("de", "volunteers.shift_end")], staff.LastTexts);
        await staff.SendAsync("10:00");
        await staff.SendAsync("Rathaus, Marktplatz 1");
        await staff.SendAsync("1");
        await staff.PressAsync("Persisch");

        Assert.Equal(
            T("de", "volunteers.shift_create_confirm", ("shift", "Begleitung: Begleitung zur Ausländerbehörde\n🗓 Montag, 30. November, 08:15–10:00 Uhr\n📍 Rathaus, Marktplatz 1\n🗣 Sprache: Persisch"), ("people", "1")),
            staff.LastTexts[0]);
        await staff.PressAsync(T("de", "dialog.yes"));
        Assert.Equal(T("de", "volunteers.shift_created"), staff.LastTexts[0]);

        var created = Assert.Single(await _world.Board.OpenShiftsForAsync(1, CancellationToken.None));
        Assert.StartsWith("s-", created.Id, StringComparison.Ordinal);
        Assert.Equal((ShiftSources.Staff, (long?)StaffId, Local(11, 30, 8, 15), 1, "fa"), (created.Source, created.CreatedBy, created.Start, created.Needed, created.Language));
        await amina.SendAsync("/volunteer");
        await amina.PressAsync(T("de", "volunteers.menu_open"));
        Assert.Contains("Mo 30.11. 08:15 · Begleitung", amina.ButtonLabels);
    }

    [Fact]
    public async Task Shift_in_the_past_or_with_a_bad_time_is_asked_again()
    {
        var staff = await _world.StaffAsync();
        await staff.SendAsync("/shift");
        await staff.SendAsync("Sprachcafé");
        await staff.PressAsync("Sprachcafé");

        await staff.SendAsync("24.11.2026");
        await staff.SendAsync("25:70");
        await staff.SendAsync("26:00");
        Assert.Equal([T("de", "volunteers.time_invalid"), T("de", "volunteers.shift_start")], staff.LastTexts);

        await staff.SendAsync("09:00");
        await staff.SendAsync("10:00");
        Assert.Equal([T("de", "volunteers.start_in_past"), T("de", "volunteers.shift_date")], staff.LastTexts);
    }
}
