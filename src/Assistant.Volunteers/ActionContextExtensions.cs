using System.Diagnostics.CodeAnalysis;
using Assistant.Core.Dialogs;

namespace Assistant.Volunteers;

internal static class ActionContextExtensions
{
    /// <summary>A value of the running flow, or <paramref name="fallback"/> when the flow has not set it.</summary>
    [return: NotNullIfNotNull(nameof(fallback))]
    public static string? Value(this ActionContext context, string name, string? fallback = null) =>
        context.Values.TryGetValue(name, out var value) ? value : fallback;
}
