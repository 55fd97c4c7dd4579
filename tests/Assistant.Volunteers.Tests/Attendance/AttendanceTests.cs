using System.Text;
using Assistant.Volunteers.Shifts;
using Assistant.Volunteers.Tests.Support;
using static Assistant.Volunteers.Tests.Support.VolunteerWorld;

namespace Assistant.Volunteers.Tests.Attendance;

/// <summary>After a shift staff mark who was there; the hours per volunteer and month come out as CSV.</summary>
public sealed class AttendanceTests : IDisposable
{
    private readonly VolunteerWorld _world = new();

    public void Dispose() => _world.Dispose();

    [Fact]
    public async Task Staff_mark_attendance_and_export_the_hours_of_the_month()
    {
        var cafe = await _world.ShiftAsync("cafe", Local(11, 25, 17), needed: 2, hours: 1.5);
        var office = await _world.ShiftAsync("office", Local(11, 26, 8), needed: 1, kind: "language_cafe", hours: 2);
        var december = await _world.ShiftAsync("december", Local(12, 1, 17), needed: 1, hours: 3);
        await _world.VolunteerAsync(1, "Amina", ["de"], ["language_cafe"]);
        await _world.VolunteerAsync(2, "=Olena", ["de"], ["language_cafe"]);
        await _world.Board.SignUpAsync(1, cafe.Id, CancellationToken.None);
        await _world.Board.SignUpAsync(2, cafe.Id, CancellationToken.None);
        await _world.Board.SignUpAsync(1, office.Id, CancellationToken.None);
        await _world.Board.SignUpAsync(1, december.Id, CancellationToken.None);
        var staff = await _world.StaffAsync();
        await _world.AdvanceToAsync(Local(12, 2, 10));

        await staff.SendAsync("/attendance");
        Assert.Equal(["Di 1.12. 17:00 · Sprachcafé…", "Do 26.11. 08:00 · Sprachcafé…", "Mi 25.11. 17:00 · Sprachcafé…"], staff.ButtonLabels);
        await staff.PressAsync("Mi 25.11. 17:00 · Sprachcafé…");
        Assert.EndsWith("War Amina da?", staff.LastTexts[0], StringComparison.Ordinal);
        await staff.PressAsync(T("de", "volunteers.present"));
        Assert.EndsWith("War =Olena da?", staff.LastTexts[0], StringComparison.Ordinal);
        await staff.PressAsync(T("de", "volunteers.absent"));
        Assert.Equal(T("de", "volunteers.attendance_saved", ("count", "1")), staff.LastTexts[0]);
        await MarkAsync(staff, "Do 26.11. 08:00 · Sprachcafé…");
        await MarkAsync(staff, "Di 1.12. 17:00 · Sprachcafé…");

        await staff.SendAsync("/hours 2026-11");

        var reply = staff.Last.Replies[0];
        Assert.Equal(T("de", "volunteers.hours_file", ("month", "November 2026"), ("count", "1"), ("hours", "3,5")), reply.Text);
        Assert.Equal("hours-2026-11.csv", reply.File!.FileName);
        Assert.Equal("text/csv", reply.File.MimeType);
        Assert.Equal([0xEF, 0xBB, 0xBF], reply.File.Content.Take(3));
        var csv = Encoding.UTF8.GetString(reply.File.Content.AsSpan(3));
        Assert.Equal("Monat;Name;Nutzer-ID;Einsätze;Stunden\r\n2026-11;Amina;1;2;3,5\r\n", csv);
    }

    [Fact]
    public async Task Names_that_look_like_formulas_are_escaped_in_the_csv()
    {
        var report = _world.Get<Assistant.Volunteers.Attendance.HoursReport>();

        var csv = Encoding.UTF8.GetString(report.ToCsv([new(2, "=HYPERLINK(\"x\")", 1, 2m)], 2026, 11, "en"));

        Assert.Contains("\"'=HYPERLINK(\"\"x\"\")\"", csv, StringComparison.Ordinal);
        Assert.StartsWith("\uFEFFMonth;Name;User ID;Shifts;Hours\r\n2026-11;", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hours_of_a_month_without_attendance_say_so()
    {
        var staff = await _world.StaffAsync();

        await staff.SendAsync("/hours 2026-10");

        Assert.Equal(T("de", "volunteers.hours_empty", ("month", "Oktober 2026")), staff.LastTexts[0]);
    }

    [Theory]
    [InlineData("/hours November")]
    [InlineData("/hours 2026-13")]
    public async Task Hours_with_a_month_not_understood_show_how_to_ask(string command)
    {
        var staff = await _world.StaffAsync();

        await staff.SendAsync(command);

        Assert.Equal(T("de", "volunteers.hours_usage"), staff.LastTexts[0]);
    }

    [Fact]
    public async Task Attendance_without_finished_shifts_says_so()
    {
        await _world.ShiftAsync("cafe", Local(11, 25, 17));
        var staff = await _world.StaffAsync();

        await staff.SendAsync("/attendance");

        Assert.Equal(T("de", "volunteers.attendance_none"), staff.LastTexts[0]);
    }

    private static async Task MarkAsync(Participant staff, string shift)
    {
        await staff.SendAsync("/attendance");
        await staff.PressAsync(shift);
        await staff.PressAsync(T("de", "volunteers.present"));
    }
}
