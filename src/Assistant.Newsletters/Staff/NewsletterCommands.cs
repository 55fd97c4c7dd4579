using System.Globalization;
using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Newsletters.Sending;
using Microsoft.Extensions.Options;

namespace Assistant.Newsletters.Staff;

/// <summary>What the newsletter staff commands share: the staff chat's language and the argument's words.</summary>
internal abstract class NewsletterCommand(string name, TextCatalog texts, IOptions<StaffOptions> staff) : IStaffCommand
{
    public string Name => name;

    public StaffRole RequiredRole => StaffRole.Staff;

    protected string Language => staff.Value.Language;

    public abstract Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken);

    protected OutgoingMessage Say(string key, params (string Name, string Value)[] values) =>
        texts.Message(Language, key, values.ToDictionary(v => v.Name, v => v.Value));

    protected string Topic(string topic) => texts.Get(Language, NewsletterTopics.TextKey(topic));

    /// <summary>The first <paramref name="count"/> words of the argument, and the rest as written (line breaks kept).</summary>
    protected static (string[] Words, string Remainder) Split(string argument, int count)
    {
        var words = new List<string>();
        var rest = argument.TrimStart();
        while (words.Count < count && rest.Length > 0)
        {
            var end = rest.IndexOfAny([' ', '\n', '\r', '\t']);
            words.Add(end < 0 ? rest : rest[..end]);
            rest = end < 0 ? "" : rest[end..].TrimStart();
        }

        return ([.. words], rest.Trim());
    }
}

/// <summary><c>/newsletter_new events Text…</c>: a new newsletter with its German text.</summary>
internal sealed class NewNewsletterCommand(NewsletterDesk desk, TextCatalog texts, IOptions<StaffOptions> staff)
    : NewsletterCommand("newsletter_new", texts, staff)
{
    public override async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var (words, text) = Split(context.Argument, 1);
        if (words.Length < 1 || !NewsletterTopics.IsKnown(words[0]) || text.Length == 0)
        {
            return Say("newsletter.staff.usage_new", ("topics", string.Join(", ", NewsletterTopics.All)));
        }

        var newsletter = await desk.CreateAsync(words[0], text, context.Message.FromUserId, cancellationToken).ConfigureAwait(false);
        return Say("newsletter.staff.created", ("id", newsletter.Id), ("topic", Topic(newsletter.Topic)));
    }
}

/// <summary><c>/newsletter_text N-7 ar Text…</c>: the text for one language, written by a person.</summary>
internal sealed class NewsletterTextCommand(NewsletterDesk desk, TextCatalog texts, IOptions<StaffOptions> staff)
    : NewsletterCommand("newsletter_text", texts, staff)
{
    public override async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var (words, text) = Split(context.Argument, 2);
        if (words.Length < 2 || !Languages.IsSupported(words[1]) || text.Length == 0)
        {
            return Say("newsletter.staff.usage_text", ("languages", string.Join(", ", Languages.Supported)));
        }

        return await desk.SetTextAsync(words[0], words[1], text, cancellationToken).ConfigureAwait(false) is { } newsletter
            ? Say("newsletter.staff.text_saved", ("id", newsletter.Id), ("language", words[1]))
            : Say("newsletter.staff.cannot_change", ("id", words[0]));
    }
}

/// <summary><c>/newsletter_preview N-7</c>: the newsletter as each language's subscribers will see it.</summary>
internal sealed class NewsletterPreviewCommand(NewsletterDesk desk, INewsletterStore store, TextCatalog texts, IOptions<StaffOptions> staff)
    : NewsletterCommand("newsletter_preview", texts, staff)
{
    public override async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var id = context.Argument.Trim();
        if (await store.GetAsync(id, cancellationToken).ConfigureAwait(false) is not { } newsletter)
        {
            return Say("newsletter.staff.not_found", ("id", id));
        }

        var parts = new List<string>();
        foreach (var (language, subscribers, message) in await desk.PreviewAsync(newsletter, cancellationToken).ConfigureAwait(false))
        {
            var heading = Say("newsletter.staff.preview_language", ("language", language), ("subscribers", subscribers.ToString(CultureInfo.InvariantCulture))).Text;
            parts.Add(heading + "\n" + message.Text + "\n[" + message.Buttons[0][0].Label + "]");
        }

        return OutgoingMessage.Plain(string.Join("\n\n", parts));
    }
}

/// <summary><c>/newsletter_send N-7</c> sends now; <c>/newsletter_send N-7 2026-12-10 09:00</c> at that local time.</summary>
internal sealed class NewsletterSendCommand(NewsletterDesk desk, IOptions<SchedulingOptions> scheduling, TimeProvider time, TextCatalog texts, IOptions<StaffOptions> staff)
    : NewsletterCommand("newsletter_send", texts, staff)
{
    public override async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var (words, when) = Split(context.Argument, 1);
        DateTimeOffset? at = null;
        if (words.Length < 1)
        {
            return Say("newsletter.staff.usage_send");
        }

        if (when.Length > 0 && when != "now")
        {
            if (!DateTime.TryParseExact(when, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return Say("newsletter.staff.usage_send");
            }

            at = Clock.ToInstant(local, scheduling.Value.Zone);
        }

        if (await desk.ScheduleAsync(words[0], at, cancellationToken).ConfigureAwait(false) is not { } newsletter)
        {
            return Say("newsletter.staff.cannot_change", ("id", words[0]));
        }

        var sendAt = Clock.ToLocal(newsletter.SendAt ?? time.GetUtcNow(), scheduling.Value.Zone);
        return Say("newsletter.staff.scheduled", ("id", newsletter.Id), ("time", sendAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)));
    }
}

/// <summary><c>/newsletters</c>: every newsletter with its figures (sent, delivered, failed, unsubscribed afterwards).</summary>
internal sealed class NewslettersCommand(NewsletterDesk desk, INewsletterStore store, TextCatalog texts, IOptions<StaffOptions> staff)
    : NewsletterCommand("newsletters", texts, staff)
{
    public override async Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.Count == 0)
        {
            return Say("newsletter.staff.none");
        }

        var lines = new List<string>();
        foreach (var newsletter in all.Take(20))
        {
            var f = await desk.FiguresAsync(newsletter.Id, cancellationToken).ConfigureAwait(false);
            lines.Add(Say(
                "newsletter.staff.figures",
                ("id", newsletter.Id),
                ("topic", Topic(newsletter.Topic)),
                ("state", Say("newsletter.staff.states." + newsletter.State.ToString().ToLowerInvariant()).Text),
                ("sent", N(f.Sent)),
                ("delivered", N(f.Delivered)),
                ("failed", N(f.Failed)),
                ("unsubscribed", N(f.Unsubscribed))).Text);
        }

        return OutgoingMessage.Plain(string.Join("\n", lines));
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
