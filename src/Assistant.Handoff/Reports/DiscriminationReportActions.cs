using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Dialogs;
using Assistant.Core.Safety;
using Assistant.Core.Scheduling;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff.Reports;

/// <summary>
/// Handlers of <c>dialogs/discrimination-report.yaml</c>. Each answer is taken out of the flow's values
/// and saved in the encrypted draft in the same turn; the summary is sent, never kept in values.
/// </summary>
internal sealed class DiscriminationReportActions(
    ReportDrafts drafts,
    TicketService tickets,
    TicketDesk desk,
    HelpLines helpLines,
    IOptions<SchedulingOptions> scheduling,
    TimeProvider time) : IFlowActions
{
    private const string Answer = "answer";
    private const string Editing = "editing";
    private const string Done = "done";

    public string FlowId => "discrimination-report";

    public IReadOnlyDictionary<string, DialogAction> Actions => new Dictionary<string, DialogAction>
    {
        ["load"] = Load,
        ["check_draft"] = CheckDraftAsync,
        ["start"] = async (ctx, ct) => { await drafts.StartAsync(ctx.UserId, ct).ConfigureAwait(false); ctx.Values.Remove(Editing); return null; },
        ["resume"] = async (ctx, ct) => FirstOpen((await drafts.LoadAsync(ctx.UserId, ct).ConfigureAwait(false))?.Content ?? new ReportContent()) ?? "summary",
        ["save_contact"] = SaveContactAsync,
        ["save_contact_how"] = SaveContactWayAsync,
        ["save_phone"] = (ctx, ct) => SaveAsync(ctx, r => r with { Phone = ctx.Take(Answer) }, null, ct),
        ["save_email"] = (ctx, ct) => SaveAsync(ctx, r => r with { Email = ctx.Take(Answer)?.Trim() }, null, ct),
        ["save_language"] = (ctx, ct) => SaveAsync(ctx, r => r with { ContactLanguage = ctx.Take(Answer) }, After(ctx, "ask_grounds"), ct),
        ["toggle_ground"] = ToggleGroundAsync,
        ["save_area"] = (ctx, ct) => SaveAsync(ctx, r => r with { Area = Known(ctx.Take(Answer), ReportChoices.Areas) }, After(ctx, "ask_when"), ct),
        ["save_when"] = SaveWhenAsync,
        ["save_description"] = SaveDescriptionAsync,
        ["add_file"] = AddFileAsync,
        ["files_done"] = (ctx, ct) => SaveAsync(ctx, r => r with { FilesDone = true }, After(ctx, "ask_wish"), ct),
        ["save_wish"] = (ctx, ct) => SaveAsync(ctx, r => r with { Wish = Known(ctx.Take(Answer), ReportChoices.Wishes) }, After(ctx, "ask_consent"), ct),
        ["save_consent"] = SaveConsentAsync,
        ["summary"] = SummaryAsync,
        ["submit"] = SubmitAsync,
        ["change"] = ChangeAsync,
        ["delete_draft"] = async (ctx, ct) => { await drafts.DeleteAsync(ctx.UserId, ct).ConfigureAwait(false); return null; },
    };

    public IReadOnlyDictionary<string, OptionsProvider> Options => new Dictionary<string, OptionsProvider>
    {
        ["languages"] = (ctx, _) => Offer(ctx.Texts.LanguageCodes.Select(code => new ChoiceOption(code, ctx.Texts.NativeName(code)))),
        // Without marks: labels are stored with the conversation, and which grounds were chosen is report content.
        ["grounds"] = (ctx, _) => Offer(ReportChoices.Grounds.Select(g => new ChoiceOption(g, ctx.Text("report.grounds." + g))).Append(new ChoiceOption(Done, ctx.Text("report.grounds_done")))),
        ["areas"] = (ctx, _) => Offer(ReportChoices.Areas.Select(a => new ChoiceOption(a, ctx.Text("report.areas." + a)))),
        ["wishes"] = (ctx, _) => Offer(ReportChoices.Wishes.Select(w => new ChoiceOption(w, ctx.Text("report.wishes." + w)))),
    };

    /// <summary>The first question the report still needs, or null when everything is answered.</summary>
    public static string? FirstOpen(ReportContent r) => r switch
    {
        { Anonymous: null } => "ask_contact",
        { Anonymous: false, ContactWay: null } => "contact_how",
        { Anonymous: false, ContactWay: "phone", Phone: null } => "ask_phone",
        { Anonymous: false, ContactWay: "email", Email: null } => "ask_email",
        { Anonymous: false, ContactLanguage: null } => "contact_language",
        { GroundsDone: false } => "ask_grounds",
        { Area: null } => "ask_area",
        { WhenDone: false } => "ask_when",
        { Description: null } => "ask_description",
        { FilesDone: false } => "ask_files",
        { Wish: null } => "ask_wish",
        { Consent: false } => "ask_consent",
        _ => null,
    };

    private ValueTask<string?> Load(ActionContext context, CancellationToken cancellationToken)
    {
        context.Values["help_lines"] = helpLines.Render(context.Language);
        return ValueTask.FromResult<string?>(null);
    }

    private async ValueTask<string?> CheckDraftAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!tickets.IsActive)
        {
            return "unavailable";
        }

        if (await drafts.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return null;
        }

        context.Values["draft_date"] = Core.Localization.LocalFormat.DateTime(found.Draft.StartedAt, context.Language, scheduling.Value.Zone);
        return "ask_draft";
    }

    private ValueTask<string?> SaveContactAsync(ActionContext context, CancellationToken cancellationToken) =>
        context.Take(Answer) == "anonymous"
            ? SaveAsync(context, r => r with { Anonymous = true, ContactWay = null, Phone = null, Email = null, ContactLanguage = null }, After(context, "ask_grounds"), cancellationToken)
            : SaveAsync(context, r => r with { Anonymous = false, ContactWay = null, Phone = null, Email = null, ContactLanguage = null }, "contact_how", cancellationToken);

    private ValueTask<string?> SaveContactWayAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var way = Known(context.Take(Answer), ReportChoices.ContactWays) ?? "chat";
        return way switch
        {
            // In the chat, the language is the one the person writes in already.
            "chat" => SaveAsync(context, r => r with { ContactWay = way, ContactLanguage = context.Language }, After(context, "ask_grounds"), cancellationToken),
            _ => SaveAsync(context, r => r with { ContactWay = way }, way == "phone" ? "ask_phone" : "ask_email", cancellationToken),
        };
    }

    private async ValueTask<string?> ToggleGroundAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var picked = context.Take(Answer);
        var report = (await drafts.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false))?.Content ?? new ReportContent();
        if (picked == Done)
        {
            return report.Grounds.Count == 0 ? "need_ground" : await SaveAsync(context, r => r with { GroundsDone = true }, After(context, "ask_area"), cancellationToken).ConfigureAwait(false);
        }

        var chosen = report.Grounds.ToList();
        if (Known(picked, ReportChoices.Grounds) is { } ground && !chosen.Remove(ground))
        {
            chosen.Add(ground);
        }

        // Listed in the order of the buttons, whatever the order of tapping.
        var grounds = ReportChoices.Grounds.Where(chosen.Contains).ToList();
        await drafts.UpdateAsync(context.UserId, r => r with { Grounds = grounds }, cancellationToken).ConfigureAwait(false);
        SayChosen(context, grounds);
        return "more_grounds";
    }

    private ValueTask<string?> SaveWhenAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var answer = context.Take(Answer)?.Trim() ?? "";
        var today = DateOnly.FromDateTime(Clock.ToLocal(time.GetUtcNow(), scheduling.Value.Zone));
        string? date = null;
        string? about = null;
        switch (answer)
        {
            case "today":
                date = Iso(today);
                break;
            case "yesterday":
                date = Iso(today.AddDays(-1));
                break;
            case "unknown" or "":
                break;
            default:
                var check = InputValidator.Check(new InputRule { Type = InputType.Date, When = "past" }, answer, today);
                if (check.ProblemKey == "validation.date_past")
                {
                    return ValueTask.FromResult<string?>("when_future");
                }

                if (check.IsValid)
                {
                    date = check.Value;
                }
                else
                {
                    // Not a date: the person's own words for roughly when ("last summer").
                    about = answer.Length > 200 ? answer[..200] : answer;
                }

                break;
        }

        return SaveAsync(context, r => r with { WhenDate = date, WhenAbout = about, WhenDone = true }, After(context, "ask_description"), cancellationToken);
    }

    private ValueTask<string?> SaveDescriptionAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = context.Take(Answer) ?? "";
        var files = context.Message.Attachments;
        return SaveAsync(context, r => r with { Description = text, Files = [.. r.Files, .. files] }, After(context, "ask_files"), cancellationToken);
    }

    private async ValueTask<string?> AddFileAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var text = context.Take(Answer)?.Trim();
        var files = context.Message.Attachments;
        var report = await drafts.UpdateAsync(context.UserId, r => r with
        {
            // Text typed here belongs to the account of what happened.
            Description = string.IsNullOrEmpty(text) ? r.Description : string.IsNullOrEmpty(r.Description) ? text : r.Description + "\n\n" + text,
            Files = [.. r.Files, .. files],
        }, cancellationToken).ConfigureAwait(false);
        context.Values["count"] = report.Files.Count.ToString(CultureInfo.InvariantCulture);
        return null;
    }

    private ValueTask<string?> SaveConsentAsync(ActionContext context, CancellationToken cancellationToken) =>
        context.Take(Answer) == "yes"
            ? SaveAsync(context, r => r with { Consent = true }, "summary", cancellationToken)
            : SaveAsync(context, r => r with { Consent = false }, "no_consent", cancellationToken);

    private async ValueTask<string?> SummaryAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var report = (await drafts.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false))?.Content ?? new ReportContent();
        if (FirstOpen(report) is { } open)
        {
            return open;
        }

        context.Values.Remove(Editing);
        var lines = ReportFormatter.Lines(report, context.Language, context.Texts);
        context.Send(new OutgoingMessage
        {
            Text = context.Text("report.summary.title") + "\n" + string.Join("\n", lines.Select(l => "• " + l)),
            Direction = context.Direction,
        });
        return null;
    }

    private async ValueTask<string?> SubmitAsync(ActionContext context, CancellationToken cancellationToken)
    {
        if (!tickets.IsActive)
        {
            return "unavailable";
        }

        var report = (await drafts.LoadAsync(context.UserId, cancellationToken).ConfigureAwait(false))?.Content ?? new ReportContent();
        if (FirstOpen(report) is { } open)
        {
            return open;
        }

        var ticket = await desk.OpenAsync(context.UserId, context.Language, TicketKind.DiscriminationReport, new TicketContent { Report = report }, cancellationToken).ConfigureAwait(false);
        await drafts.DeleteAsync(context.UserId, cancellationToken).ConfigureAwait(false);
        context.Values["case_number"] = ticket.Id;
        return null;
    }

    private async ValueTask<string?> ChangeAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var part = context.Take(Answer);
        if (part is null or "back")
        {
            return "summary";
        }

        context.Values[Editing] = "yes";
        var report = await drafts.UpdateAsync(context.UserId, r => part switch
        {
            "contact" => r with { Anonymous = null },
            "grounds" => r with { GroundsDone = false },
            "area" => r with { Area = null },
            "when" => r with { WhenDone = false },
            "description" => r with { Description = null },
            "files" => r with { FilesDone = false },
            "wish" => r with { Wish = null },
            _ => r,
        }, cancellationToken).ConfigureAwait(false);
        if (part == "grounds" && report.Grounds.Count > 0)
        {
            SayChosen(context, report.Grounds);
        }

        return FirstOpen(report) ?? "summary";
    }

    private async ValueTask<string?> SaveAsync(ActionContext context, Func<ReportContent, ReportContent> change, string? next, CancellationToken cancellationToken)
    {
        await drafts.UpdateAsync(context.UserId, change, cancellationToken).ConfigureAwait(false);
        return next;
    }

    private static void SayChosen(ActionContext context, IReadOnlyList<string> grounds) =>
        context.Say("report.grounds_chosen", new Dictionary<string, string>
        {
            ["grounds"] = grounds.Count == 0 ? "–" : string.Join(", ", grounds.Select(g => context.Text("report.grounds." + g))),
        });

    /// <summary>Where a finished part leads: on to the next question, or back to the summary when the person is changing one part.</summary>
    private static string After(ActionContext context, string next) => context.Value(Editing) is null ? next : "summary";

    private static string? Known(string? value, IReadOnlyList<string> allowed) => value is not null && allowed.Contains(value) ? value : null;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ValueTask<IReadOnlyList<ChoiceOption>> Offer(IEnumerable<ChoiceOption> options) =>
        ValueTask.FromResult<IReadOnlyList<ChoiceOption>>(options.ToList());
}
