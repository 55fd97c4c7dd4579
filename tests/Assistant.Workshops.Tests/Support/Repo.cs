namespace Assistant.Workshops.Tests.Support;

/// <summary>Paths into the repository, so tests run the real flows and texts, and to the test content.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Localization => Path.Combine(Root, "localization");

    public static string Content => Path.Combine(Root, "content");

    public static string Source => Path.Combine(Root, "src", "Assistant.Workshops");

    /// <summary>Workshops and counselling with dates around the tests' fake clock (24 Nov 2026, 11:00 in Berlin).</summary>
    public static string TestContent => Path.Combine(AppContext.BaseDirectory, "TestContent");

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
