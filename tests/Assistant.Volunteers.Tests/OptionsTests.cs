using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Tests;

/// <summary>Settings under <c>Volunteers</c>: documented defaults, and a sentence naming the key when one is wrong.</summary>
public sealed class OptionsTests
{
    [Fact]
    public void Defaults_are_as_documented()
    {
        var options = new VolunteersOptions();

        Assert.Equal(("content/shifts", 24, 48, 7), (options.ContentPath, options.CancelCutoffHours, options.ShortStaffedAlertHours, options.InviteValidDays));
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(2)], options.ReminderOffsets());
    }

    [Theory]
    [InlineData("Volunteers:Reminders:0", "-01:00:00", "Volunteers:Reminders")]
    [InlineData("Volunteers:Reminders:0", "24:00:00", "write a day as \"1.00:00:00\"")]
    [InlineData("Volunteers:CancelCutoffHours", "1000", "Volunteers:CancelCutoffHours")]
    [InlineData("Volunteers:InviteValidDays", "0", "Volunteers:InviteValidDays")]
    public void Wrong_setting_is_named(string key, string value, string named)
    {
        using var world = new VolunteerWorld(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => world.Get<IOptions<VolunteersOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_are_gregorian_in_the_readers_language_and_berlin_time()
    {
        var format = new ShiftFormatter(VolunteerWorld.Texts, Options.Create(new Core.Scheduling.SchedulingOptions()));
        var shift = new Shift { Id = "x", Title = "T", Kind = "event", Start = new(2026, 11, 26, 14, 0, 0, TimeSpan.Zero), End = new(2026, 11, 26, 16, 30, 0, TimeSpan.Zero), Place = "P", Needed = 1 };

        Assert.Equal("Donnerstag, 26. November, 15:00–17:30 Uhr", format.When(shift, "de"));
        Assert.Equal("پنجشنبه، 26 نوامبر، 15:00 تا 17:30", Assistant.Core.Dialogs.InputValidator.StripInvisible(format.When(shift, "fa")));
        Assert.Equal("Thursday 26 November, 15:00–17:30", format.When(shift, "en"));
        Assert.Equal("Sunday 29 March, 03:30", format.Moment(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), "en"));
    }
}
