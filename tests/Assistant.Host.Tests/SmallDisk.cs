using System.Diagnostics;

namespace Assistant.Host.Tests;

/// <summary>A tmpfs of a few megabytes that a test mounts (as root, as here and in CI) and unmounts after.</summary>
internal sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    public string Path { get; }

    public static bool CanMount { get; } = TryMount("size=1m") is { } probe && Unmount(probe);

    public static SmallDisk Mount(string options) =>
        new(TryMount(options) ?? throw new InvalidOperationException($"mount -t tmpfs -o {options} failed"));

    public void Dispose()
    {
        Unmount(Path);
    }

    private static string? TryMount(string options)
    {
        var path = Directory.CreateTempSubdirectory("assistant-disk-").FullName;
        if (Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", path))
        {
            return path;
        }

        Directory.Delete(path);
        return null;
    }

    private static bool Unmount(string path)
    {
        var done = Run("umount", path);
        if (done)
        {
            Directory.Delete(path);
        }

        return done;
    }

    private static bool Run(string program, params string[] args)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(30_000);
            return process.HasExited && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A test that needs <see cref="SmallDisk"/>: skipped, saying why, where this machine does not let tests mount.</summary>
internal sealed class MountFactAttribute : FactAttribute
{
    public MountFactAttribute()
    {
        if (!SmallDisk.CanMount)
        {
            Skip = "mounting a tmpfs is not permitted here (needs root, as in CI)";
        }
    }
}
