using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Assistant.Offers.Content;

/// <summary>
/// Reads <c>categories.yaml</c> and <c>offers/*.yaml</c> from the content folder. Every problem in every
/// file is collected, so staff see the whole list at once instead of fixing one error per save.
/// </summary>
public static class OfferContentLoader
{
    public const string CategoriesFile = "categories.yaml";
    public const string OffersFolder = "offers";

    /// <summary>Loads and validates the folder, or throws <see cref="OfferContentException"/> listing every error.</summary>
    public static OfferContent LoadFolder(string folder, DateTimeOffset loadedAt)
    {
        var errors = new List<ContentError>();
        if (!Directory.Exists(folder))
        {
            throw new OfferContentException([new ContentError(folder, null, null, "the content folder does not exist.")]);
        }

        var categories = LoadCategories(Path.Combine(folder, CategoriesFile), errors);
        var offersFolder = Path.Combine(folder, OffersFolder);
        var files = Directory.Exists(offersFolder)
            ? Directory.GetFiles(offersFolder, "*.yaml").Order(StringComparer.Ordinal).ToList()
            : [];
        if (files.Count == 0)
        {
            errors.Add(new ContentError(OffersFolder, null, null, "no offer files (*.yaml) found."));
        }

        var categoryIds = categories.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var offers = new List<Offer>();
        foreach (var file in files)
        {
            var relative = Path.Combine(OffersFolder, Path.GetFileName(file));
            if (Parse(file, relative, errors) is { } root
                && OfferFileReader.Read(root, relative, categoryIds, errors) is { } offer)
            {
                offers.Add(offer);
            }
        }

        foreach (var duplicate in offers.GroupBy(o => o.Id).Where(g => g.Count() > 1))
        {
            errors.Add(new ContentError(duplicate.Last().File, duplicate.Key, "id", "the same id is used in another file."));
        }

        if (errors.Count > 0)
        {
            throw new OfferContentException(errors);
        }

        return new OfferContent(categories, offers.OrderBy(o => o.Id, StringComparer.Ordinal).ToList(), loadedAt);
    }

    private static List<OfferCategory> LoadCategories(string file, List<ContentError> errors)
    {
        var result = new List<OfferCategory>();
        if (!File.Exists(file))
        {
            errors.Add(new ContentError(CategoriesFile, null, null, "missing; it lists the categories of offers."));
            return result;
        }

        if (Parse(file, CategoriesFile, errors) is not { } root)
        {
            return result;
        }

        if (root is not YamlSequenceNode list)
        {
            errors.Add(new ContentError(CategoriesFile, null, null, $"line {root.Start.Line}: expected a list of categories ('- id: ...')."));
            return result;
        }

        foreach (var item in list.Children)
        {
            if (OfferFileReader.ReadCategory(item, CategoriesFile, errors) is { } category)
            {
                if (result.Any(c => c.Id == category.Id))
                {
                    errors.Add(new ContentError(CategoriesFile, category.Id, "id", $"line {item.Start.Line}: the category is listed twice."));
                    continue;
                }

                result.Add(category);
            }
        }

        return result;
    }

    private static YamlNode? Parse(string file, string relative, List<ContentError> errors)
    {
        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(file);
            yaml.Load(reader);
        }
        catch (YamlException e)
        {
            errors.Add(new ContentError(relative, null, null, $"line {e.Start.Line}: not valid YAML: {e.Message}"));
            return null;
        }
        catch (InvalidOperationException e)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some unclosed brackets.
            errors.Add(new ContentError(relative, null, null, $"not valid YAML (an unclosed bracket or quote?): {e.Message}"));
            return null;
        }

        if (yaml.Documents.Count == 0)
        {
            errors.Add(new ContentError(relative, null, null, "the file is empty."));
            return null;
        }

        return yaml.Documents[0].RootNode;
    }
}
