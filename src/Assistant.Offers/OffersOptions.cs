using System.ComponentModel.DataAnnotations;
using Assistant.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Offers;

/// <summary>Settings of the offers library (configuration section <c>Offers</c>).</summary>
public sealed record OffersOptions
{
    public const string Section = "Offers";

    /// <summary>
    /// The content folder with <c>categories.yaml</c> and <c>offers/*.yaml</c> (<c>Offers:ContentPath</c>).
    /// A relative path is looked up from the working directory, then upwards from the program's folder,
    /// like <c>dialogs/</c>, so the bot, its tools and the tests find the same folder.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ContentPath { get; set; } = "content";

    /// <summary>Reload the content when staff save a file (<c>Offers:WatchForChanges</c>). Default true.</summary>
    public bool WatchForChanges { get; set; } = true;

    /// <summary>
    /// How long the folder must be quiet before a reload (<c>Offers:ReloadDelay</c>, default 1 s): editors
    /// save in several steps, and a reload in between would read a half-written file.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromSeconds(1);

    public string FullContentPath => ContentPaths.Resolve(ContentPath);
}

/// <summary>Stops the host at start when the content folder is missing, naming the key and the path.</summary>
internal sealed class OffersOptionsValidator : IValidateOptions<OffersOptions>
{
    public ValidateOptionsResult Validate(string? name, OffersOptions options) =>
        string.IsNullOrWhiteSpace(options.ContentPath) || Directory.Exists(options.FullContentPath)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{OffersOptions.Section}:ContentPath: the folder '{options.FullContentPath}' does not exist.");
}
