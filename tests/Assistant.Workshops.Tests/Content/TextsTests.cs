using System.Text.RegularExpressions;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Workshops.Tests.Content;

public sealed partial class TextsTests
{
    /// <summary>Keys named in code are not checked by the flow validator at start-up; this does it for them.</summary>
    [Fact]
    public void Every_text_key_the_code_uses_exists()
    {
        var keys = Directory.GetFiles(Path.Combine(Repo.Root, "src", "Assistant.Workshops"), "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => KeyPattern().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        var missing = keys.Where(k => k.EndsWith('.') ? !WorkshopWorld.Texts.Keys.Any(t => t.StartsWith(k, StringComparison.Ordinal)) : !WorkshopWorld.Texts.Contains(k)).ToList();

        Assert.NotEmpty(keys);
        Assert.Equal([], missing);
    }

    [Fact]
    public void Every_status_and_target_group_has_a_text()
    {
        var keys = Enum.GetNames<Workshops.Registrations.RegistrationStatus>().Select(s => "workshops.status." + s.ToLowerInvariant())
            .Concat(Enum.GetNames<Workshops.Appointments.AppointmentStatus>().Select(s => "appointments.status." + s.ToLowerInvariant()))
            .Concat(Enum.GetNames<Workshops.Content.TargetGroup>().Select(s => "workshops.target." + s.ToLowerInvariant()));

        var missing = keys.Where(k => !WorkshopWorld.Texts.Contains(k)).ToList();

        Assert.Equal([], missing);
    }

    [Theory]
    [InlineData("fa", "سه‌شنبه 1 دسامبر 2026")]
    [InlineData("ar", "الثلاثاء، 1 كانون الأول 2026")]
    [InlineData("de", "Dienstag, 1. Dezember 2026")]
    public void Dates_use_the_Gregorian_calendar_and_digits_0_to_9_in_every_language(string language, string expected)
    {
        using var world = new WorkshopWorld();
        var dates = world.Services.GetRequiredService<LocalDates>();

        Assert.Equal(expected, dates.Date(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero), language));
        Assert.Equal("09:30", dates.Time(new DateTimeOffset(2026, 12, 1, 8, 30, 0, TimeSpan.Zero)));
    }

    [GeneratedRegex(@"""((?:workshops|appointments|reminders|waitlist|workshop_staff)\.[a-z_.]+)""")]
    private static partial Regex KeyPattern();
}
