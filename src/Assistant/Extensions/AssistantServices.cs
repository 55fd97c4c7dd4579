using Assistant.Core.Hosting;
using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Handoff;
using Assistant.Indicators;
using Assistant.Newsletters;
using Assistant.Offers;
using Assistant.StaffConsole;
using Assistant.Volunteers;
using Assistant.Workshops;

namespace Assistant.Extensions;

public static class AssistantServices
{
    /// <summary>
    /// Everything except the channel: the engine with its flows and texts, the store, the scheduler,
    /// staff, and the features. The host, the console chat and the flow tests all use this one list.
    /// </summary>
    public static IServiceCollection AddAssistant(this IServiceCollection services, IConfiguration configuration)
    {
        // Configure the conversation engine, its flows and texts
        services.AddDialogs(configuration);

        // Configure storage: LiteDB or PostgreSQL (Storage:Provider)
        services.AddStorage(configuration);

        // Configure reminders and other timed jobs, and who is staff
        services.AddScheduling(configuration);
        services.AddStaffDirectory(configuration);

        // Configure how long personal data is kept
        services.AddRetention(configuration);

        // Configure the features
        services.AddWorkshops(configuration);
        services.AddVolunteers(configuration);
        services.AddHandoff(configuration);
        services.AddOffers(configuration);
        services.AddNewsletters(configuration);
        // After the workshop and ticket stores: it wraps them to count what they save.
        services.AddIndicators(configuration);
        services.AddStaffConsoleLinks(configuration);
        return services;
    }
}
