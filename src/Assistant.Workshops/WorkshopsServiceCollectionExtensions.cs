using Assistant.Core.Hosting;
using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Content;
using Assistant.Workshops.Flows;
using Assistant.Workshops.Presentation;
using Assistant.Workshops.Privacy;
using Assistant.Workshops.Registrations;
using Assistant.Workshops.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops;

public static class WorkshopsServiceCollectionExtensions
{
    /// <summary>
    /// Workshops with waiting lists, counselling appointments, their reminders and staff lists (section
    /// <c>Workshops</c>). Needs from the host: <c>AddDialogs</c>, <c>AddStaffDirectory</c>, <c>AddScheduling</c>
    /// (without it nothing is sent), the stores (<c>IRegistrationStore</c>, <c>IAppointmentStore</c> and the
    /// core's) and an <c>IUserMessenger</c> from the channel.
    /// </summary>
    public static IServiceCollection AddWorkshops(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WorkshopsOptions>()
            .Bind(configuration.GetSection(WorkshopsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<WorkshopsOptions>, WorkshopsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton(sp => WorkshopCatalog.Load(
            ContentPaths.Resolve(sp.GetRequiredService<IOptions<WorkshopsOptions>>().Value.ContentPath),
            sp.GetRequiredService<IOptions<SchedulingOptions>>().Value.Zone,
            sp.GetRequiredService<ILogger<WorkshopCatalog>>()));
        services.AddSingleton<WorkshopContentReloader>();
        services.AddHostedService(WatchContent);
        services.AddSingleton<LocalDates>();
        services.AddSingleton<WorkshopMessages>();
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ReminderPlanner>(sp, sp));
        services.AddSingleton<RegistrationService>();
        services.AddSingleton<AppointmentService>();

        services.AddSingleton<IJobHandler, WorkshopReminderJob>();
        services.AddSingleton<IJobHandler, AppointmentReminderJob>();
        services.AddSingleton<IJobHandler, WaitlistOfferJob>();
        services.AddSingleton<IJobHandler, WaitlistDeadlineJob>();
        services.AddSingleton<IJobHandler, WaitlistExpiredNoticeJob>();
        services.AddSingleton<IJobHandler, AppointmentBookedNoticeJob>();

        services.AddSingleton<IPersonalDataArea, WorkshopPersonalData>();
        services.AddSingleton<IPersonalDataArea, AppointmentPersonalData>();
        services.AddSingleton<IRetentionPolicy, RegistrationRetention>();

        services.AddFlowActions<WorkshopRegistrationActions>();
        services.AddFlowActions<MyAppointmentsActions>();
        services.AddFlowActions<AppointmentBookingActions>();
        services.AddFlowActions<AttendActions>();
        services.AddFlowActions<KeepContactActions>();
        services.AddFlowActions<CannotAttendActions>();
        services.AddFlowActions<AcceptPlaceActions>();
        services.AddFlowActions<DeclinePlaceActions>();
        services.AddFlowActions<WorkshopRegistrationsActions>();
        services.AddFlowActions<AppointmentSlotsActions>();
        services.AddFlowActions<BookForActions>();
        return services;
    }

    /// <summary>Loads the files before the host takes messages, so a mistake stops the start naming file, item and field; then watches them.</summary>
    private static ContentFolderWatcher WatchContent(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<WorkshopsOptions>>().Value;
        return new ContentFolderWatcher(
            services.GetRequiredService<WorkshopCatalog>().ContentPath,
            "workshops and appointments",
            options.ReloadDelay,
            services.GetRequiredService<WorkshopContentReloader>().ReloadAsync,
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ContentFolderWatcher>>(),
            ["workshops", "appointments"])
        {
            Enabled = options.WatchForChanges,
        };
    }
}

/// <summary>Checks what data annotations cannot: the reminder offsets, with the key that holds a bad one.</summary>
internal sealed class WorkshopsOptionsValidator : IValidateOptions<WorkshopsOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkshopsOptions options) =>
        options.Reminders.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
