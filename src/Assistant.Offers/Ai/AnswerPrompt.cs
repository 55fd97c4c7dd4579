using System.Globalization;
using System.Text;
using Assistant.Ai;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Offers.Ai;

/// <summary>
/// The chat sent to the AI: rules and the found offers' texts in the user's language as the system
/// message, the masked question as the user's. Nothing else about the user or the agency goes out.
/// </summary>
internal static class AnswerPrompt
{
    // A question longer than this is not a question any more; the search read all of it anyway.
    private const int MaxQuestionLength = 600;

    public static ChatHistory Build(AnswerRequest request, int maxOffers)
    {
        var language = LanguageName(request.Language);
        var system = new StringBuilder()
            .AppendLine("You write the answer of the chat bot of an integration agency in Germany. Many users are new in Germany and read simple language.")
            .AppendLine("Rules:")
            .AppendLine(CultureInfo.InvariantCulture, $"- Answer in {language}, in plain and simple words, in at most three short sentences.")
            .AppendLine("- Use only the offers listed below. Name each offer you mention by its title as written below.")
            .AppendLine("- Never invent an offer, a date, a time, a place, a price, a phone number or an e-mail address. If the offers below do not answer the question, say so and suggest talking to a person of the agency.")
            .AppendLine("- Cards with all details of these offers are shown below your answer.")
            .AppendLine("- Words like [name], [phone], [email] and [address] in the question replace personal data; do not ask for it.")
            .AppendLine()
            .AppendLine("Offers:");
        foreach (var (match, number) in request.Result.Matches.Take(maxOffers).Select((m, i) => (m, i + 1)))
        {
            var t = match.Offer.Text(request.Language);
            system.AppendLine(CultureInfo.InvariantCulture, $"{number}. {t.Title}")
                .AppendLine(t.Description)
                .AppendLine(CultureInfo.InvariantCulture, $"For whom: {t.ForWhom}")
                .AppendLine(CultureInfo.InvariantCulture, $"When and where: {t.WhenWhere}")
                .AppendLine(CultureInfo.InvariantCulture, $"Cost: {t.Cost}")
                .AppendLine(CultureInfo.InvariantCulture, $"Contact: {t.Contact}")
                .AppendLine(CultureInfo.InvariantCulture, $"Languages: {t.Languages}")
                .AppendLine();
        }

        var question = PersonalDataMasker.Mask(request.Question.Trim());
        if (question.Length > MaxQuestionLength)
        {
            question = question[..MaxQuestionLength];
        }

        var history = new ChatHistory(system.ToString().TrimEnd());
        history.AddUserMessage(question);
        return history;
    }

    private static string LanguageName(string code)
    {
        try
        {
            return CultureInfo.GetCultureInfo(code).EnglishName;
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }
}
