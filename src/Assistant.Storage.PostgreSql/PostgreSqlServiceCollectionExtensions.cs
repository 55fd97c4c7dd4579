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
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace Assistant.Storage.PostgreSql;

public static class PostgreSqlServiceCollectionExtensions
{
    /// <summary>Every store in one PostgreSQL database (<c>Storage:PostgreSql:ConnectionString</c>), migrated at start.</summary>
    public static IServiceCollection AddPostgreSqlStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PostgreSqlOptions>()
            .Bind(configuration.GetSection(PostgreSqlOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => string.IsNullOrEmpty(o.ConnectionString) || IsConnectionString(o.ConnectionString),
                "Storage:PostgreSql:ConnectionString is not a PostgreSQL connection string (Host=...;Database=...;Username=...;Password=...).")
            .ValidateOnStart();
        services.AddSingleton<PostgreSqlDatabase>();
        services.AddHostedService<MigrateAtStart>();
        services.AddSingleton<IConversationStore, PostgreSqlConversationStore>();
        services.AddSingleton<PostgreSqlProcessedUpdates>();
        services.AddSingleton<IProcessedUpdates>(sp => sp.GetRequiredService<PostgreSqlProcessedUpdates>());
        services.AddSingleton<IOutbox, PostgreSqlOutbox>();
        services.AddSingleton<ITurnStore, PostgreSqlTurnStore>();
        services.AddSingleton<IUserProfileStore, PostgreSqlUserProfileStore>();
        services.AddSingleton<IScheduledJobStore, PostgreSqlScheduledJobStore>();
        services.AddSingleton<IStaffStore, PostgreSqlStaffStore>();
        services.AddSingleton<IInviteStore, PostgreSqlInviteStore>();
        services.AddSingleton<IVolunteerStore, PostgreSqlVolunteerStore>();
        services.AddSingleton<IShiftStore, PostgreSqlShiftStore>();
        services.AddSingleton<ISignupStore, PostgreSqlSignupStore>();
        services.AddSingleton<ITicketStore, PostgreSqlTicketStore>();
        services.AddSingleton<IReportDraftStore, PostgreSqlReportDraftStore>();
        services.AddSingleton<IAuditLog, PostgreSqlAuditLog>();
        services.AddSingleton<IStaffInviteStore, PostgreSqlStaffInviteStore>();
        services.AddSingleton<IRegistrationStore, PostgreSqlRegistrationStore>();
        services.AddSingleton<IAppointmentStore, PostgreSqlAppointmentStore>();
        return services;
    }

    /// <summary>
    /// The lead for polling among several instances (<see cref="PostgreSqlLeaderLock"/>): the poller waits for
    /// <see cref="PostgreSqlLeaderLock.WaitForLeadershipAsync"/> and stops when its token is cancelled.
    /// </summary>
    public static IServiceCollection AddPostgreSqlPollingLead(this IServiceCollection services)
    {
        services.AddSingleton<PostgreSqlLeaderLock>();
        services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlLeaderLock>());
        return services;
    }

    private static bool IsConnectionString(string value)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(value).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Creates or migrates the schema before anything else runs, so a newer or unreachable database stops the start.</summary>
    private sealed class MigrateAtStart(PostgreSqlDatabase db) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => Schema.MigrateAsync(db, cancellationToken);

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
