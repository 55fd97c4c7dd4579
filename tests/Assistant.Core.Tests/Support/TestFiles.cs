namespace Assistant.Core.Tests.Support;

/// <summary>The test flows, and temporary flow folders removed when the test run ends.</summary>
internal static class TestFiles
{
    public static string TestFlows => Path.Combine(AppContext.BaseDirectory, "TestFlows");

    /// <summary>The real flows plus the test flows of <paramref name="extraFolder"/>, in one folder.</summary>
    public static string MergedFlows(string extraFolder)
    {
        var folder = Repo.NewFolder("flows-");
        foreach (var file in Directory.GetFiles(Repo.Dialogs).Concat(Directory.GetFiles(extraFolder)))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        return folder;
    }
}
