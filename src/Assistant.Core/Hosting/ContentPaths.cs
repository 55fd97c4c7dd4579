namespace Assistant.Core.Hosting;

/// <summary>
/// Finds the folders the bot reads (<c>dialogs/</c>, <c>localization/</c>, <c>content/</c>) whether it
/// runs from the repository root, from a project folder with <c>dotnet run --project</c>, or from tests.
/// </summary>
public static class ContentPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || Directory.Exists(path) || File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, path);
            if (Directory.Exists(candidate) || File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath(path);
    }
}
