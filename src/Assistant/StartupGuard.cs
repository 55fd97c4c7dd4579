using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Microsoft.Extensions.Options;

namespace Assistant;

/// <summary>Turns a configuration mistake into one clear sentence and exit code 1, instead of a stack trace.</summary>
internal static class StartupGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DialogDefinitionException or LocalizationException or OptionsValidationException)
        {
            // A broken flow, text or setting: the message names the file and key or the setting.
            await Console.Error.WriteLineAsync("Assistant cannot start: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
