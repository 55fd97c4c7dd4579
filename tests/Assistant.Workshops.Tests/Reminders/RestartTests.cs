using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Workshops;
using Assistant.Workshops.Tests.Support;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Tests.Reminders;

public sealed class RestartTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("workshops-restart-");

    private string DataFile => Path.Combine(_folder.FullName, "assistant.db");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Reminder_scheduled_before_a_restart_is_sent_after_it_exactly_once()
    {
        string registrationId;
        using (var db = Open())
        using (var before = new WorkshopWorld(jobs: new LiteDbScheduledJobStore(db), registrations: new LiteDbRegistrationStore(db)))
        {
            registrationId = (await before.Registrations.RegisterAsync(before.Request("sewing-circle", "friday-evening", 1), CancellationToken.None)).Registration!.Id;
            Assert.Equal(0, await before.RunDueJobsAsync());
        }

        using (var after = Reopen(ReminderTimingTests.Utc(2026, 11, 26, 17, 0), out var db))
        using (db)
        {
            Assert.Equal(1, await after.RunDueJobsAsync());
            Assert.Equal(0, await after.RunDueJobsAsync());
            var reminder = Assert.Single(after.Messenger.To(1));
            Assert.Contains(reminder.Buttons.SelectMany(r => r), b => b.Payload == "/cannot-attend " + registrationId);
        }

        // And once more across a second restart: the sent reminder stays sent.
        using (var again = Reopen(ReminderTimingTests.Utc(2026, 11, 26, 18, 0), out var db))
        using (db)
        {
            Assert.Equal(0, await again.RunDueJobsAsync());
            Assert.Empty(again.Messenger.To(1));
        }
    }

    private AssistantDatabase Open() => new(Options.Create(new LiteDbOptions { Path = DataFile }));

    private WorkshopWorld Reopen(DateTimeOffset now, out AssistantDatabase db)
    {
        db = Open();
        return new WorkshopWorld(jobs: new LiteDbScheduledJobStore(db), registrations: new LiteDbRegistrationStore(db), now: now);
    }
}
