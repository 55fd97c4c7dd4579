using Assistant.Storage.LiteDb;

namespace Assistant;

/// <summary>
/// Where the data file is: a relative <c>Storage:LiteDb:Path</c> is taken from the bot's own folder
/// (beside <c>Assistant.dll</c> and <c>appsettings.json</c>), not from the working directory, so
/// <c>dotnet run</c>, the built dll, the console chat and the backup verb all find the same file.
/// </summary>
internal static class DataFileLocation
{
    private static readonly string Key = $"{LiteDbOptions.Section}:{nameof(LiteDbOptions.Path)}";

    public static string Of(IConfiguration configuration)
    {
        var path = configuration[Key] is { Length: > 0 } configured ? configured : new LiteDbOptions().Path;
        return Path.GetFullPath(path, AppContext.BaseDirectory);
    }

    /// <summary>Writes the full path back into the settings, so every part of the bot reads the same one.</summary>
    public static void Pin(IConfigurationManager configuration)
    {
        // An empty setting stays empty: validation names the key instead of silently using the default.
        if (configuration[Key] is { Length: 0 })
        {
            return;
        }

        configuration.AddInMemoryCollection(new Dictionary<string, string?> { [Key] = Of(configuration) });
    }
}
