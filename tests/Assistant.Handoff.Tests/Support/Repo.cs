namespace Assistant.Handoff.Tests.Support;

/// <summary>Paths into the repository, so tests run the real flows and texts; and temporary data files.</summary>
internal static class Repo
{
    private static readonly Lazy<string> TempRoot = new(() =>
    {
        var root = Directory.CreateTempSubdirectory("assistant-handoff-tests-").FullName;
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // A data file still open at exit; the temp folder is cleaned by the system.
            }
        };
        return root;
    });

    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Localization => Path.Combine(Root, "localization");

    public static string NewDataFile() => Path.Combine(TempRoot.Value, Guid.NewGuid().ToString("N") + ".db");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Assistant.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Assistant.sln not found above " + AppContext.BaseDirectory);
    }
}
