using Assistant.Offers;
using Assistant.Offers.Content;
using Assistant.Offers.Search;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Offers.Tests;

/// <summary>The repository's real content folder, and writable copies of it for tests that break it.</summary>
internal static class TestContent
{
    public static string RepoRoot => Repo.Root;

    public static string Folder => Repo.Content;

    public static string TestFile(string name) => Path.Combine(RepoRoot, "tests", "Assistant.Offers.Tests", name);

    public static OfferCatalog Catalog(string? folder = null, TimeProvider? time = null, ILogger<OfferCatalog>? logger = null) =>
        new(
            Options.Create(new OffersOptions { ContentPath = folder ?? Folder }),
            time ?? TimeProvider.System,
            logger ?? NullLogger<OfferCatalog>.Instance);

    public static OfferSearch Search(OfferCatalog catalog) => new(catalog, NullLogger<OfferSearch>.Instance);
}

/// <summary>A copy of the real content in a temporary folder, deleted at the end of the test.</summary>
internal sealed class ContentCopy : IDisposable
{
    public ContentCopy()
    {
        Folder = Path.Combine(Path.GetTempPath(), "offers-test-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.GetFiles(TestContent.Folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(Folder, Path.GetRelativePath(TestContent.Folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Folder { get; }

    public string OfferFile(string id) => Path.Combine(Folder, "offers", id + ".yaml");

    /// <summary>Replaces text in a file; fails the test if the text is not there, so a test never breaks nothing.</summary>
    public void Replace(string relativeFile, string oldText, string newText)
    {
        var path = Path.Combine(Folder, relativeFile);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A watcher may still hold the folder for a moment; the temp folder is cleaned up by the OS.
        }
    }
}
