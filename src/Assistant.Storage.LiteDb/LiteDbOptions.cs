using System.ComponentModel.DataAnnotations;

namespace Assistant.Storage.LiteDb;

/// <summary>Settings of the embedded LiteDB store (section <c>Storage:LiteDb</c>).</summary>
public sealed class LiteDbOptions
{
    public const string Section = "Storage:LiteDb";

    /// <summary>The data file; created with its folder on first run. Relative paths are relative to the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/assistant.db";
}
