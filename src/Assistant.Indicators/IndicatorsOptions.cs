using System.ComponentModel.DataAnnotations;

namespace Assistant.Indicators;

/// <summary>Funder figures settings (section <c>Indicators</c>).</summary>
public sealed class IndicatorsOptions
{
    public const string Section = "Indicators";

    /// <summary>The file declaring the projects' indicators; relative paths are looked up from the working directory upwards. Default <c>content/indicators.yaml</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Indicators:ContentPath must name the indicators file (content/indicators.yaml).")]
    public string ContentPath { get; set; } = "content/indicators.yaml";
}
