namespace Assistant.Volunteers.Tests.Support;

/// <summary>Paths into the repository, so tests run the real flows, texts and sample content.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Dialogs => Path.Combine(Root, "dialogs");

    public static string Localization => Path.Combine(Root, "localization");

    public static string Shifts => Path.Combine(Root, "content", "shifts");

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
