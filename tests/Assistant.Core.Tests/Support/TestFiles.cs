namespace Assistant.Core.Tests.Support;

/// <summary>Temporary data files and flow folders, removed when the test run ends.</summary>
internal static class TestFiles
{
    private static readonly string Root = CreateRoot();

    public static string NewDataFile() => Path.Combine(Root, Guid.NewGuid().ToString("N") + ".db");

    /// <summary>The real flows plus the test flows of <paramref name="extraFolder"/>, in one folder.</summary>
    public static string MergedFlows(string extraFolder)
    {
        var folder = Path.Combine(Root, "flows-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(Repo.Dialogs).Concat(Directory.GetFiles(extraFolder)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }

    private static string CreateRoot()
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
}
