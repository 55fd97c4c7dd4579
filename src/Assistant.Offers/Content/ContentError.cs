namespace Assistant.Offers.Content;

/// <summary>One problem in the content, located as precisely as staff need to fix it.</summary>
/// <param name="File">The file, relative to the content folder.</param>
/// <param name="OfferId">The offer (or category) concerned, when known.</param>
/// <param name="Field">The field path, e.g. <c>ar.search_words</c>, when known.</param>
public sealed record ContentError(string File, string? OfferId, string? Field, string Message)
{
    public override string ToString()
    {
        var where = File;
        if (OfferId is not null)
        {
            where += $": offer '{OfferId}'";
        }

        if (Field is not null)
        {
            where += $": field '{Field}'";
        }

        return $"{where}: {Message}";
    }
}

/// <summary>The content folder could not be loaded; <see cref="Errors"/> lists every problem found.</summary>
public sealed class OfferContentException(IReadOnlyList<ContentError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<ContentError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<ContentError> errors) =>
        $"The offers content has {errors.Count} error(s):{Environment.NewLine}"
        + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
