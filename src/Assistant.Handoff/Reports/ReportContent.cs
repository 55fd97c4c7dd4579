using Assistant.Core.Conversations;

namespace Assistant.Handoff.Reports;

/// <summary>
/// What a discrimination report holds, as far as it was answered: null (or not done) means not asked
/// yet, so an interrupted report goes on at the first open question. Stored only encrypted.
/// </summary>
public sealed record ReportContent
{
    /// <summary>True: no contact details; the person can still be answered here in the chat.</summary>
    public bool? Anonymous { get; init; }

    /// <summary>How the counselling service may reach the person: chat, phone or email.</summary>
    public string? ContactWay { get; init; }

    public string? Phone { get; init; }

    public string? Email { get; init; }

    /// <summary>The language the person wants to be contacted in.</summary>
    public string? ContactLanguage { get; init; }

    /// <summary>The grounds (<see cref="ReportChoices.Grounds"/>); several are possible.</summary>
    public IReadOnlyList<string> Grounds { get; init; } = [];

    public bool GroundsDone { get; init; }

    /// <summary>Where it happened (<see cref="ReportChoices.Areas"/>).</summary>
    public string? Area { get; init; }

    /// <summary>The day it happened (yyyy-MM-dd), when the person knows it.</summary>
    public string? WhenDate { get; init; }

    /// <summary>Roughly when, in the person's words ("last summer").</summary>
    public string? WhenAbout { get; init; }

    public bool WhenDone { get; init; }

    /// <summary>What happened, in the person's own words; may be empty when they sent a voice message instead.</summary>
    public string? Description { get; init; }

    /// <summary>Photos, documents and voice messages, by the channel's file id.</summary>
    public IReadOnlyList<Attachment> Files { get; init; } = [];

    public bool FilesDone { get; init; }

    /// <summary>What the person wants (<see cref="ReportChoices.Wishes"/>).</summary>
    public string? Wish { get; init; }

    /// <summary>Agreed that the report goes to the counselling service.</summary>
    public bool Consent { get; init; }
}

/// <summary>The values of the report's choices; each has a text key <c>report.{list}.{value}</c>.</summary>
public static class ReportChoices
{
    /// <summary>Grounds of the AGG, and what counselling services record besides.</summary>
    public static IReadOnlyList<string> Grounds { get; } =
        ["ethnic", "religion", "gender", "disability", "age", "sexual_identity", "social_status", "language", "other"];

    public static IReadOnlyList<string> Areas { get; } =
        ["work", "job_search", "housing", "authorities", "education", "health", "public_space", "transport", "police", "shops", "online", "other"];

    public static IReadOnlyList<string> Wishes { get; } = ["record", "advice", "accompaniment", "intervention"];

    public static IReadOnlyList<string> ContactWays { get; } = ["chat", "phone", "email"];
}
