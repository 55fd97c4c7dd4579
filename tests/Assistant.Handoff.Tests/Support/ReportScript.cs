using Assistant.Core.Staff;

namespace Assistant.Handoff.Tests.Support;

/// <summary>The report flow walked through with the usual answers, for tests about what comes after.</summary>
internal static class ReportScript
{
    public const string Description = "Der Vermieter sagte, an Ausländer vermietet er nicht. Marker-7731.";

    /// <summary>Reports from the main menu and returns the case number the participant was told.</summary>
    /// <param name="voice">Sent instead of the typed description, as a person who cannot write well would.</param>
    public static async Task<string> ReportAsync(this Participant p, string description = Description, bool anonymous = false, Assistant.Core.Conversations.Attachment? voice = null)
    {
        await p.ChooseAsync("menu.report");
        await p.ChooseAsync("report.not_in_danger");
        await p.ChooseAsync(anonymous ? "report.anonymous" : "report.with_contact");
        if (!anonymous)
        {
            await p.ChooseAsync("report.contact_ways.chat");
        }

        await p.ChooseAsync("report.grounds.religion");
        await p.ChooseAsync("report.grounds.ethnic");
        await p.ChooseAsync("report.grounds_done");
        await p.ChooseAsync("report.areas.housing");
        await p.ChooseAsync("report.when_yesterday");
        await (voice is null ? p.SendAsync(description) : p.SendFilesAsync(null, voice));
        await p.ChooseAsync("report.files_done");
        await p.ChooseAsync("report.wishes.advice");
        await p.ChooseAsync("report.consent_yes");
        await p.ChooseAsync("report.send");
        return p.Last.Replies.Select(r => System.Text.RegularExpressions.Regex.Match(r.Text, "AD-[0-9]{4}-[0-9]{4}")).First(m => m.Success).Value;
    }

    /// <summary>The topic of a ticket in the recorded staff chats.</summary>
    public static async Task<int> TopicOfAsync(this HandoffWorld world, string ticketId) =>
        (await world.TicketAsync(ticketId)).Post!.TopicId!.Value;

    public static async Task<StaffPost> PostOfAsync(this HandoffWorld world, string ticketId) =>
        (await world.TicketAsync(ticketId)).Post!;
}
