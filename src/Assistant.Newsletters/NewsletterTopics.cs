namespace Assistant.Newsletters;

/// <summary>
/// What a newsletter is about; people subscribe by topic. Each topic has the text key
/// <c>newsletter.topics.{topic}</c> in every language.
/// </summary>
public static class NewsletterTopics
{
    public const string Events = "events";
    public const string Counselling = "counselling";
    public const string Funding = "funding";
    public const string Training = "training";

    public static IReadOnlyList<string> All { get; } = [Events, Counselling, Funding, Training];

    public static bool IsKnown(string? topic) => topic is not null && All.Contains(topic);

    public static string TextKey(string topic) => "newsletter.topics." + topic;
}
