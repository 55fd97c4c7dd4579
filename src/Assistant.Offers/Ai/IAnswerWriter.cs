using Assistant.Offers.Search;

namespace Assistant.Offers.Ai;

/// <summary>A free question, in the language it was read in, and the offers the search found for it.</summary>
/// <param name="Question">As the user typed it: personal data is still in it, so it is never logged.</param>
public sealed record AnswerRequest(string Question, string Language, OfferSearchResult Result);

/// <summary>
/// Writes the text that goes above the offer cards of an answer. Which offers are shown is decided by
/// the search alone; a writer only words the text, and returns <c>offlineText</c> whenever it cannot.
/// </summary>
public interface IAnswerWriter
{
    ValueTask<string> WriteAsync(AnswerRequest request, string offlineText, CancellationToken cancellationToken);
}

/// <summary>The writer without <c>Ai:Provider</c>: the text from <c>localization/</c>, and nothing sent anywhere.</summary>
internal sealed class OfflineAnswerWriter : IAnswerWriter
{
    public ValueTask<string> WriteAsync(AnswerRequest request, string offlineText, CancellationToken cancellationToken) =>
        ValueTask.FromResult(offlineText);
}
