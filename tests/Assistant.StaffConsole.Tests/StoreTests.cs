using Assistant.Handoff.Audit;
using Assistant.Handoff.Tickets;
using Assistant.Storage.LiteDb;
using Assistant.Storage.LiteDb.Handoff;
using Assistant.Testing;
using LiteDB;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace Assistant.StaffConsole.Tests;

/// <summary>Data files from before the console: their tickets and audit entries appear in the console's lists.</summary>
public sealed class StoreTests
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public async Task Tickets_and_audit_entries_written_before_the_console_are_listed_and_filtered()
    {
        var file = Repo.NewDataFile();
        var ticket = new HandoffTicket { Id = "GS-2026-0001", Kind = TicketKind.PersonRequest, Language = "tr", State = TicketState.Claimed, CreatedAt = new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero) };
        var entry = new AuditEntry { Id = "0001", At = ticket.CreatedAt, StaffUserId = 7, Action = AuditAction.Claimed, TicketId = ticket.Id };
        using (var db = new AssistantDatabase(Microsoft.Extensions.Options.Options.Create(new LiteDbOptions { Path = file })))
        {
            // As the stores wrote them until now: without the fields the console filters by.
            db.Collection("handoff_tickets").Insert(new BsonDocument { ["_id"] = ticket.Id, ["participant"] = BsonValue.Null, ["topic"] = BsonValue.Null, ["closed"] = BsonValue.Null, ["json"] = Json(ticket) });
            db.Collection("handoff_audit").Insert(new BsonDocument { ["_id"] = entry.Id, ["ticket"] = entry.TicketId, ["staff"] = 7L, ["json"] = Json(entry) });
        }

        using (var db = new AssistantDatabase(Microsoft.Extensions.Options.Options.Create(new LiteDbOptions { Path = file })))
        {
            var tickets = new LiteDbTicketStore(db);
            var audit = new LiteDbAuditLog(db);

            Assert.Equal(ticket.Id, Assert.Single((await tickets.ListAsync(new TicketQuery(OpenOnly: true), CancellationToken.None)).Tickets).Id);
            Assert.Empty((await tickets.ListAsync(new TicketQuery(State: TicketState.Closed), CancellationToken.None)).Tickets);
            Assert.Equal(1, (await audit.SearchAsync(new AuditQuery(Action: AuditAction.Claimed), CancellationToken.None)).Total);
            Assert.Equal(0, (await audit.SearchAsync(new AuditQuery(Action: AuditAction.Read), CancellationToken.None)).Total);
        }
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value, Options);
}
