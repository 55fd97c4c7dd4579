using System.Globalization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Microsoft.Extensions.Logging;

namespace Assistant.Handoff.Tickets;

/// <summary>
/// Posts a new ticket into its staff chat, in a topic of its own. On Telegram, opening the topic is a call
/// that may be told to wait (429 with <c>retry_after</c>) or fail on the way; it runs here, as a stored job,
/// outside the participant's turn, so nobody waits for it. When the chat cannot take the post now, the job
/// books its next attempt for when Telegram said (or after a growing wait); being stored, it survives a
/// restart. After <see cref="MaxTopicAttempts"/> the ticket goes into the chat itself, without a topic.
/// </summary>
internal sealed class AnnounceJob(TicketService tickets, TicketDesk desk, JobScheduler scheduler, TimeProvider time, ILogger<AnnounceJob> logger) : IJobHandler
{
    public const string JobKind = "handoff-announce";

    /// <summary>Attempts with a topic; about half an hour of growing waits when Telegram keeps failing.</summary>
    public const int MaxTopicAttempts = 8;

    private static readonly TimeSpan MaxWait = TimeSpan.FromMinutes(10);

    public string Kind => JobKind;

    /// <summary>The job's attempt <paramref name="attempt"/> for the ticket; the id makes booking it twice harmless.</summary>
    public static ScheduledJob For(string ticketId, int attempt, DateTimeOffset dueAt) => new()
    {
        Id = $"{JobKind}:{ticketId}:{attempt.ToString(CultureInfo.InvariantCulture)}",
        Kind = JobKind,
        DueAt = dueAt,
        Data = new Dictionary<string, string> { ["ticket"] = ticketId, ["attempt"] = attempt.ToString(CultureInfo.InvariantCulture) },
    };

    public async Task HandleAsync(ScheduledJob job, CancellationToken cancellationToken)
    {
        if (!job.Data.TryGetValue("ticket", out var id)
            || !int.TryParse(job.Data.GetValueOrDefault("attempt"), NumberStyles.None, CultureInfo.InvariantCulture, out var attempt))
        {
            return;
        }

        // Closed, erased, or posted by an earlier attempt: nothing left to do.
        if (await tickets.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { IsOpen: true, Post: null } ticket)
        {
            return;
        }

        try
        {
            await desk.AnnounceAsync(ticket, withTopic: attempt <= MaxTopicAttempts, cancellationToken).ConfigureAwait(false);
        }
        catch (StaffChatUnavailableException e)
        {
            var backoff = TimeSpan.FromSeconds(Math.Pow(2, Math.Min(attempt, 10)));
            var wait = e.RetryAfter ?? (backoff < MaxWait ? backoff : MaxWait);
            await scheduler.ScheduleAsync(For(id, attempt + 1, time.GetUtcNow() + wait), cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Ticket {TicketId} could not be posted yet ({Reason}); attempt {Attempt} follows in {Wait}", id, e.Message, attempt + 1, wait);
        }
    }
}
