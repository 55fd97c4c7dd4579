using System.Runtime.InteropServices;

namespace Assistant.Bench;

/// <summary>What a reader of the figures needs to know about the machine they came from.</summary>
internal static class Machine
{
    public static string Describe() => $"{Environment.ProcessorCount} cores, {RuntimeInformation.FrameworkDescription}";

    /// <summary>Other work on the machine skews the figures; the load average says how much there was.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
