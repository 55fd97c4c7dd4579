using System.Security.Cryptography;
using Assistant.Core.Staff;
using Assistant.Handoff;
using Assistant.LocalChat;
using Assistant.Telegram;

namespace Assistant;

/// <summary>
/// The local chat works fully without any setting: reports and "talk to a person" get a development
/// encryption key, created once and kept beside the data file, and the page's staff view gets a staff
/// user who is admin and counsellor. None of this applies when a Telegram token is set: a real
/// deployment sets its own key and its own admins.
/// </summary>
internal static class LocalTrial
{
    /// <summary>
    /// Adds the trial's settings; returns what registers its start, to be called after the stores are registered
    /// (on PostgreSQL their tables are created by a start service that must run first).
    /// </summary>
    public static Action Apply(IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (configuration.IsTelegramConfigured())
        {
            return () => { };
        }

        var settings = new Dictionary<string, string?>();
        string? keyFile = null;
        if (string.IsNullOrWhiteSpace(configuration[$"{HandoffOptions.Section}:{nameof(HandoffOptions.EncryptionKey)}"])
            && !string.Equals(configuration[$"{HandoffOptions.Section}:{nameof(HandoffOptions.Enabled)}"], "false", StringComparison.OrdinalIgnoreCase))
        {
            keyFile = DataFileLocation.Of(configuration) + ".key";
            if (DevelopmentKey(keyFile) is { } key)
            {
                settings[$"{HandoffOptions.Section}:{nameof(HandoffOptions.EncryptionKey)}"] = key;
            }
            else
            {
                keyFile = null;
            }
        }

        var admins = configuration.GetSection($"{StaffOptions.Section}:{nameof(StaffOptions.Admins)}").GetChildren().ToList();
        if (!admins.Any(a => a.Value == LocalStaff.UserIdText))
        {
            settings[$"{StaffOptions.Section}:{nameof(StaffOptions.Admins)}:{admins.Count}"] = LocalStaff.UserIdText;
        }

        configuration.AddInMemoryCollection(settings);
        return () => builder.Services.AddHostedService(sp => new LocalTrialStart(
            sp.GetRequiredService<IStaffStore>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LocalTrialStart>>(), keyFile));
    }

    /// <summary>The key kept in <paramref name="keyFile"/>, created there first if missing; null when the folder cannot be written (the data file's check then names it).</summary>
    private static string? DevelopmentKey(string keyFile)
    {
        try
        {
            if (File.Exists(keyFile))
            {
                var kept = File.ReadAllText(keyFile).Trim();
                return IsKey(kept) ? kept
                    : throw new StartupRefusedException($"The development key file {keyFile} does not hold 32 bytes in base64: delete it to get a new one (reports stored with the old key can no longer be read), or set Handoff:EncryptionKey.");
            }

            Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
            var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                // Whoever reads the key reads the reports: only the bot's own user.
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var file = new StreamWriter(keyFile, System.Text.Encoding.ASCII, options))
            {
                file.Write(key);
            }

            return key;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsKey(string text)
    {
        Span<byte> bytes = stackalloc byte[64];
        return Convert.TryFromBase64String(text, bytes, out var length) && length == 32;
    }
}

/// <summary>At start: says that a development key is in use, and makes sure the local staff user is counsellor too.</summary>
internal sealed class LocalTrialStart(IStaffStore staff, TimeProvider time, ILogger<LocalTrialStart> logger, string? keyFile) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (keyFile is not null)
        {
            logger.LogWarning(
                "No Handoff:EncryptionKey is set: reports in the local chat are encrypted with a development key kept in {KeyFile}. A Telegram deployment must set its own key",
                keyFile);
        }

        var member = await staff.GetAsync(LocalStaff.UserId, cancellationToken).ConfigureAwait(false);
        if (member is null || !member.Roles.Contains(StaffRole.AntiDiscrimination))
        {
            await staff.SaveAsync(
                new StaffMember
                {
                    UserId = LocalStaff.UserId,
                    DisplayName = member?.DisplayName ?? LocalStaff.Name,
                    Roles = new HashSet<StaffRole>(member?.Roles ?? new HashSet<StaffRole>()) { StaffRole.Staff, StaffRole.AntiDiscrimination },
                    AddedAt = member?.AddedAt ?? time.GetUtcNow(),
                },
                cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
