using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Profiles;

/// <summary>/mydata shows the volunteer's data; /delete cancels their shifts first, tells the coordinators, then erases.</summary>
public sealed class PersonalDataTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task My_data_lists_the_volunteer_profile_and_shifts()
    {
        var shift = await _world.ShiftAsync("cafe", Local(11, 26, 15), needed: 2);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de", "ar"], ["language_cafe"], language: "en");
        await _world.Board.SignUpAsync(1, shift.Id, CancellationToken.None);

        await amina.SendAsync("/mydata");

        var text = amina.LastTexts[0];
        Assert.Contains(T("en", "volunteers.data_profile", ("name", "Amina"), ("languages", "German, Arabic"), ("kinds", "Language café"), ("phone", "-")), text, StringComparison.Ordinal);
        Assert.Contains(T("en", "volunteers.data_signup", ("shift", "26 Nov 15:00 · Language café (Sprachcafé: Gastgeberin)"), ("status", "signed up")), text, StringComparison.Ordinal);
        var json = System.Text.Encoding.UTF8.GetString(amina.Last.Replies[1].File!.Content);
        Assert.Contains("\"volunteers\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Delete_cancels_future_shifts_tells_the_coordinators_and_erases_everything()
    {
        var past = await _world.ShiftAsync("past", Local(11, 24, 12), needed: 1);
        var future = await _world.ShiftAsync("future", Local(11, 27, 15), needed: 2);
        var amina = await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, past.Id, CancellationToken.None);
        await _world.Board.SignUpAsync(1, future.Id, CancellationToken.None);
        await _world.AdvanceToAsync(Local(11, 24, 15));

        await amina.SendAsync("/delete");
        await amina.PressAsync(T("de", "dialog.yes"));

        Assert.Equal(T("de", "privacy.deleted"), amina.LastTexts[0]);
        var notice = Assert.Single(_world.StaffChats.Coordinators);
        Assert.StartsWith("Eine ehrenamtliche Person hat ihre Daten gelöscht.", notice.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Amina", notice.Text, StringComparison.Ordinal);
        Assert.Null(await _world.Volunteers.GetAsync(1, CancellationToken.None));
        Assert.Empty(await _world.Signups.ForUserAsync(1, CancellationToken.None));
        Assert.Equal(0, await _world.Board.ActiveCountAsync(future.Id, CancellationToken.None));
        await _world.AdvanceToAsync(Local(11, 27, 14));
        Assert.Empty(_world.Messenger.To(1));
    }
}
