using Assistant.Core.Dialogs;

namespace Assistant.Handoff;

internal static class ActionContextExtensions
{
    /// <summary>A value of the running flow, or null when it is not set or empty.</summary>
    public static string? Value(this ActionContext context, string name) =>
        context.Values.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    /// <summary>
    /// Reads an answer and removes it from the flow's values, so that it is never saved with the
    /// conversation: report contents live only in encrypted records.
    /// </summary>
    public static string? Take(this ActionContext context, string name)
    {
        var value = context.Values.TryGetValue(name, out var v) ? v : null;
        context.Values.Remove(name);
        return value;
    }
}
