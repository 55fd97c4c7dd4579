using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Storage.LiteDb;
using Assistant.Storage.PostgreSql;
using Microsoft.Extensions.Options;

namespace Assistant;

/// <summary>A start that cannot go on, told in one sentence that names the setting, address or path.</summary>
internal sealed class StartupRefusedException(string message) : Exception(message);

/// <summary>Turns a configuration or data-file mistake into one clear sentence and exit code 1, instead of a stack trace.</summary>
internal static class StartupGuard
{
    public static async Task<int> RunAsync(Func<Task<int>> run)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (Exception e) when (e is DialogDefinitionException or LocalizationException or OptionsValidationException
            or DataFileException or DatabaseException or BackupException or StartupRefusedException)
        {
            // A broken flow, text or setting, an unreadable data file or database, a taken address: the message names it.
            await Console.Error.WriteLineAsync("Assistant cannot start: " + e.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
