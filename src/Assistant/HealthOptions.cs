using System.ComponentModel.DataAnnotations;

namespace Assistant;

/// <summary>Where the health endpoints listen when nothing else runs a web server (section <c>Health</c>).</summary>
public sealed class HealthOptions
{
    public const string Section = "Health";

    /// <summary>
    /// Telegram polling only: the addresses of <c>/health/live</c>, <c>/health/ready</c> and the admin
    /// backup endpoint. Not ASP.NET's default localhost:5000, where a second program on the machine collides.
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string Urls { get; set; } = "http://127.0.0.1:5081";

    /// <summary>How long after the last successful Bot API call the Telegram channel still counts as reachable.</summary>
    [Range(10, 3600)]
    public int ChannelReachableSeconds { get; set; } = 120;
}
