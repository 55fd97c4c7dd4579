using Assistant.Core.Dialogs;
using Assistant.Core.Localization;
using Assistant.Core.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Testing;

/// <summary>
/// The bot without a channel, as a feature's tests build it: a fake clock, a messenger that records what
/// would go out, and the services a subclass registers. Several participants talk to the same engine; the
/// scheduler's due jobs run when a test says so.
/// </summary>
public abstract class TestWorld : IDisposable
{
    private ServiceProvider? _services;

    protected TestWorld(DateTimeOffset? now = null) => Clock = new FakeTimeProvider(now ?? Beginning);

    /// <summary>Tuesday 24 November 2026, 11:00 in Berlin.</summary>
    public static DateTimeOffset Beginning { get; } = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static TextCatalog Texts => TestTexts.Catalog;

    public FakeTimeProvider Clock { get; }

    public RecordingMessenger Messenger { get; } = new();

    public ServiceProvider Services => _services ?? throw new InvalidOperationException("The world's services are not built yet.");

    public DialogEngine Engine => Get<DialogEngine>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    public static string T(string language, string key, params (string Name, string Value)[] values) => TestTexts.T(language, key, values);

    /// <summary>Runs every job that is due now, and those they make due, as the scheduler's loop would.</summary>
    public async Task<int> RunDueJobsAsync()
    {
        var scheduler = Get<JobScheduler>();
        var total = 0;
        for (var ran = await scheduler.RunDueAsync(CancellationToken.None); ran > 0; ran = await scheduler.RunDueAsync(CancellationToken.None))
        {
            total += ran;
        }

        return total;
    }

    public virtual void Dispose()
    {
        _services?.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>The settings the world starts with, with the test's own on top.</summary>
    protected static Dictionary<string, string?> Settings(Dictionary<string, string?> defaults, IDictionary<string, string?>? overrides)
    {
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            defaults[key] = value;
        }

        return defaults;
    }

    /// <summary>Logging and the fake clock; the subclass adds the rest and calls <see cref="Build"/>.</summary>
    protected IServiceCollection NewServices() => new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock);

    protected void Build(IServiceCollection services, ServiceProviderOptions? options = null) =>
        _services = services.BuildServiceProvider(options ?? new ServiceProviderOptions());
}
