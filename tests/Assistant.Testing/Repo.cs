namespace Assistant.Testing;

/// <summary>Paths into the repository, so tests run the real flows, texts and content; and temporary data files.</summary>
public static class Repo
{
    private static readonly Lazy<string> TempRoot = new(CreateTempRoot);

    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Localization => Path.Combine(Root, "localization");

    public static string Content => Path.Combine(Root, "content");

    /// <summary>A path for a new data file in a folder of this test run, removed when the run ends.</summary>
    public static string NewDataFile() => Path.Combine(TempRoot.Value, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>A new empty folder of this test run, removed when the run ends.</summary>
    public static string NewFolder(string prefix)
    {
        var folder = Path.Combine(TempRoot.Value, prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string CreateTempRoot()
    {
        var root = Directory.CreateTempSubdirectory("assistant-tests-").FullName;
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
    }

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
