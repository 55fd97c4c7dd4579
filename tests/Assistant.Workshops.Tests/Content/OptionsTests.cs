using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Tests.Content;

public sealed class OptionsTests
{
    [Fact]
    public void Defaults_are_24_hours_to_answer_an_offer_and_reminders_24_and_2_hours_before()
    {
        var options = new WorkshopsOptions();

        Assert.Equal(("content", 24), (options.ContentPath, options.WaitlistOfferHours));
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(2)], options.Reminders.ForWorkshops);
        Assert.Equal([TimeSpan.FromHours(24), TimeSpan.FromHours(2)], options.Reminders.ForAppointments);
    }

    [Theory]
    [InlineData("24:00:00", 24 * 60)]
    [InlineData("2:30", 150)]
    [InlineData("1.00:00:00", 24 * 60)]
    [InlineData("72:00:00", 72 * 60)]
    public void Reminder_offsets_read_hours_above_23(string value, int minutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(minutes), ReminderOffsets.TryParse(value));
    }

    [Theory]
    [InlineData("Workshops:Reminders:Workshop:0", "soon", "Workshops:Reminders:Workshop has 'soon'")]
    [InlineData("Workshops:Reminders:Appointment:0", "00:00:00", "Workshops:Reminders:Appointment has '00:00:00'")]
    [InlineData("Workshops:WaitlistOfferHours", "0", "WaitlistOfferHours")]
    public void Bad_setting_stops_the_start_with_a_sentence_naming_the_key(string key, string value, string expected)
    {
        using var world = new WorkshopWorld(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => world.Services.GetRequiredService<IOptions<WorkshopsOptions>>().Value);

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
