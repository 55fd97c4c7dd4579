using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Storage;
using Assistant.Core.Users;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tickets;
using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Shifts;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Assistant.Storage.Tests.Providers;

/// <summary>
/// One kind of store, shared by the tests of one class (a class fixture): each test asks it for
/// <see cref="FreshAsync"/> stores that hold nothing yet.
/// </summary>
public abstract class StoreProvider : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    private readonly List<ServiceProvider> _services = [];

    public virtual Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Stores that hold nothing; they live until the test class ends.</summary>
    public async Task<IServiceProvider> FreshAsync()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(new FakeTimeProvider(Now));
        await AddStoresAsync(services).ConfigureAwait(false);
        var provider = services.BuildServiceProvider();
        _services.Add(provider);
        return provider;
    }

    public virtual async Task DisposeAsync()
    {
        foreach (var provider in _services)
        {
            await provider.DisposeAsync().ConfigureAwait(false);
        }
    }

    protected abstract Task AddStoresAsync(IServiceCollection services);

    protected static IConfiguration Settings(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
}

/// <summary>The in-memory stores the feature tests use.</summary>
public sealed class InMemoryStores : StoreProvider
{
    protected override Task AddStoresAsync(IServiceCollection services)
    {
        services.AddSingleton<IConversationStore, InMemoryConversationStore>();
        services.AddSingleton<IProcessedUpdates, InMemoryProcessedUpdates>();
        services.AddSingleton<IUserProfileStore, InMemoryUserProfileStore>();
        services.AddSingleton<IScheduledJobStore, InMemoryScheduledJobStore>();
        services.AddSingleton<IStaffStore, InMemoryStaffStore>();
        services.AddSingleton<IInviteStore, InMemoryInviteStore>();
        services.AddSingleton<IVolunteerStore, InMemoryVolunteerStore>();
        services.AddSingleton<IShiftStore, InMemoryShiftStore>();
        services.AddSingleton<ISignupStore, InMemorySignupStore>();
        services.AddSingleton<ITicketStore, InMemoryTicketStore>();
        services.AddSingleton<IReportDraftStore, InMemoryReportDraftStore>();
        services.AddSingleton<IAuditLog, InMemoryAuditLog>();
        services.AddSingleton<IStaffInviteStore, InMemoryStaffInviteStore>();
        services.AddSingleton<IRegistrationStore, InMemoryRegistrationStore>();
        services.AddSingleton<IAppointmentStore, InMemoryAppointmentStore>();
        return Task.CompletedTask;
    }
}
