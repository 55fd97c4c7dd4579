using Assistant.Core.Safety;
using Assistant.Core.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using YamlDotNet.RepresentationModel;

namespace Assistant.Core.Tests.Safety;

/// <summary>
/// The curated expressions of localization/safety/distress.yaml, through the recognizer the host uses (with
/// the offers search's analyzers): messages in danger are found, with typos and inflections; everyday
/// questions, commands and the titles of every offer, workshop and shift are not.
/// </summary>
public sealed class DistressRecognitionTests
{
    private static readonly Lazy<IDistressRecognizer> Host = new(() => new Conversation().Services.GetRequiredService<IDistressRecognizer>());

    public static TheoryData<string, string> InDanger => new()
    {
        { "de", "Mein Mann schlägt mich" },
        { "de", "mein man schlegt mich" },
        { "de", "Ich bin in Gefahr!" },
        { "de", "ich bin in gefaar" },
        { "de", "Er hat mich gestern wieder geschlagen" },
        { "de", "Mein Ex bedroht mich" },
        { "de", "er will mich umbrigen" },
        { "en", "I am in danger" },
        { "en", "im in dangr" },
        { "en", "My husband hits me" },
        { "en", "he is hiting me every day" },
        { "en", "my brother threatens me" },
        { "en", "He said he wants to kill me" },
        { "ar", "زوجي يضربني" },
        { "ar", "زوجى يضربنى" },
        { "ar", "زَوْجِي يَضْرِبُنِي" },
        { "ar", "انا في خطر" },
        { "ar", "أخي يهددني" },
        { "ar", "يريد قتلي" },
        { "tr", "kocam beni dövüyor" },
        { "tr", "kocam beni dovuyor" },
        { "tr", "Tehlikedeyim" },
        { "tr", "tehlikdeyim lütfen" },
        { "tr", "eşim beni tehdit ediyor" },
        { "tr", "beni öldürecek" },
        { "uk", "мене б'ють" },
        { "uk", "Мене бʼють" },
        { "uk", "мене бють" },
        { "uk", "я в небезпеці" },
        { "uk", "чоловік мені погрожує" },
        { "uk", "він хоче мене вбити" },
        { "ru", "мне угрожают" },
        { "ru", "Мне угрожают!" },
        { "ru", "мне угражают" },
        { "ru", "муж бьёт меня" },
        { "ru", "я в опасности" },
        { "ru", "он хочет меня убить" },
        { "fa", "شوهرم مرا می‌زند" },
        { "fa", "شوهرم مرا میزند" },
        { "fa", "شوهرم مرا می زند" },
        { "fa", "شوهرم منو میزنه" },
        { "fa", "من در خطر هستم" },
        { "fa", "شوهرم تهدیدم می‌کند" },
        { "fa", "شوهرم مرا كتك ميزند" },
    };

    public static TheoryData<string> Everyday => new()
    {
        "I am looking for a flat",
        "Gefahrstoffe Kurs",
        "Kurs in Gefahrstoffen",
        "Ich bin mit dem Bus in die Stadt gefahren",
        "Ich bin nicht sicher, ob ich Zeit habe",
        "help",
        "Hilfe",
        "помощь",
        "I want to report discrimination",
        "Ich möchte Diskriminierung melden",
        "Ich schlage vor, dass wir morgen kommen",
        "Where can I learn German?",
        "أبحث عن شقة",
        "أريد تعلم اللغة الألمانية",
        "Almanca kursu arıyorum",
        "Шукаю житло",
        "Я ищу курсы немецкого",
        "دنبال کلاس زبان آلمانی هستم",
        "Amina Yusuf",
        "ja",
        "نعم",
    };

    [Theory]
    [MemberData(nameof(InDanger))]
    public void A_message_saying_the_person_is_in_danger_is_recognised(string language, string text)
    {
        var match = Host.Value.Recognize(text, "de");

        Assert.NotNull(match);
        Assert.Equal(language, match.Language);
    }

    [Theory]
    [MemberData(nameof(Everyday))]
    public void An_everyday_message_is_not_taken_for_danger(string text) =>
        Assert.Null(Host.Value.Recognize(text, "de"));

    [Fact]
    public void No_title_of_an_offer_workshop_or_shift_is_taken_for_danger()
    {
        var titles = ContentTitles().ToList();
        Assert.True(titles.Count > 100, $"Only {titles.Count} titles found; the content layout changed.");

        Assert.DoesNotContain(titles, t => Host.Value.Recognize(t, "de") is not null);
    }

    [Fact]
    public void Without_the_offers_analyzers_the_plain_fallback_still_finds_the_expressions_with_typos()
    {
        var plain = new PlainDistressRecognizer(DistressExpressions.Load(Repo.Localization));

        Assert.Equal("de", plain.Recognize("MEIN MANN SCHLÄGT MICH", "de")?.Language);
        Assert.Equal("ar", plain.Recognize("زوجي يضرنبي", "de")?.Language);
        Assert.Equal("ru", plain.Recognize("мне угражают", "de")?.Language);
        Assert.Equal("fa", plain.Recognize("شوهرم مرا مي\u200Cزند", "de")?.Language);
        Assert.Null(plain.Recognize("I am looking for a flat", "de"));
    }

    private static IEnumerable<string> ContentTitles()
    {
        foreach (var file in Directory.GetFiles(Repo.Content, "*.yaml", SearchOption.AllDirectories))
        {
            var yaml = new YamlStream();
            using var reader = new StreamReader(file);
            yaml.Load(reader);
            foreach (var title in Scalars(yaml.Documents[0].RootNode, "title"))
            {
                yield return title;
            }
        }
    }

    private static IEnumerable<string> Scalars(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlMappingNode map:
                foreach (var (k, v) in map.Children)
                {
                    if (k is YamlScalarNode { Value: var name } && name == key && v is YamlScalarNode { Value: { } value })
                    {
                        yield return value;
                    }

                    foreach (var inner in Scalars(v, key))
                    {
                        yield return inner;
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var inner in list.Children.SelectMany(c => Scalars(c, key)))
                {
                    yield return inner;
                }

                break;
        }
    }
}
