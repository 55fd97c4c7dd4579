using Assistant.Core.Conversations;
using Assistant.Core.Hosting;
using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Volunteers.Attendance;
using Assistant.Volunteers.Invites;
using Assistant.Volunteers.Profiles;
using Assistant.Volunteers.Reminders;
using Assistant.Volunteers.Shifts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Volunteers;

public static class VolunteersServiceCollectionExtensions
{
    /// <summary>
    /// Volunteers: invitations, profiles, shifts from <c>Volunteers:ContentPath</c> and by <c>/shift</c>
    /// (called off by <c>/cancelshift</c>), reminders, short-staffed alerts with the <c>/offer-shift</c>
    /// staff command, attendance and hours.
    /// The stores come from the storage project (<c>AddLiteDbVolunteerStores</c>).
    /// </summary>
    public static IServiceCollection AddVolunteers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<VolunteersOptions>()
            .Bind(configuration.GetSection(VolunteersOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.RemindersAreValid(), $"{VolunteersOptions.Section}:Reminders must be times from 00:00:01 to 14.00:00:00 before the shift; write a day as \"1.00:00:00\" (\"24:00:00\" means 24 days).")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IStaffChats, UnconfiguredStaffChats>();
        services.TryAddSingleton<IUserMessenger, NoChannelMessenger>();
        services.TryAddSingleton<IDeepLinks, StartCommandLinks>();

        services.AddSingleton<InviteService>();
        services.AddSingleton<ShiftFormatter>();
        services.AddSingleton<ShiftJobs>();
        services.AddSingleton<CoordinatorNotices>();
        services.AddSingleton<ShiftBoard>();
        services.AddSingleton<ShiftOffers>();
        services.AddSingleton<ShiftCallOff>();
        services.AddSingleton<HoursReport>();

        services.AddFlowActions<VolunteerJoinActions>();
        services.AddFlowActions<VolunteerInviteActions>();
        services.AddFlowActions<VolunteerProfileActions>();
        services.AddFlowActions<VolunteerMenuActions>();
        services.AddFlowActions<ShiftCreateActions>();
        services.AddFlowActions<ShiftCallOffActions>();
        services.AddFlowActions<ShiftTakeActions>();
        services.AddFlowActions<ShiftAttendActions>();
        services.AddFlowActions<ShiftCancelActions>();
        services.AddFlowActions<ShiftAttendanceActions>();
        services.AddFlowActions<VolunteerHoursActions>();

        services.AddSingleton<IJobHandler, ShiftReminderJob>();
        services.AddSingleton<IJobHandler, ShortStaffedAlertJob>();
        services.AddSingleton<IStaffCommand, OfferShiftCommand>();
        services.AddSingleton<IPersonalDataArea, VolunteerDataArea>();
        services.AddHostedService<ShiftContentImporter>();
        return services;
    }
}
