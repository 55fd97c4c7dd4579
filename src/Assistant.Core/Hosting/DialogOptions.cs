using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Hosting;

/// <summary>Where the flows and the texts live (section <c>Dialogs</c>).</summary>
public sealed class DialogOptions
{
    public const string Section = "Dialogs";

    /// <summary>Folder of the flow files; relative paths are looked up from the working directory upwards.</summary>
    [Required(AllowEmptyStrings = false)]
    public string FlowsPath { get; set; } = "dialogs";

    /// <summary>Folder with one text file per language.</summary>
    [Required(AllowEmptyStrings = false)]
    public string LocalizationPath { get; set; } = "localization";

    /// <summary>Messages one user may send in a minute before the bot asks them to slow down.</summary>
    [Range(1, 10_000)]
    public int MaxMessagesPerMinute { get; set; } = 30;
}
