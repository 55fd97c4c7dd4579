using Assistant.Handoff.Audit;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tickets;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.LiteDb.Handoff;

public static class LiteDbHandoffStoresExtensions
{
    /// <summary>Tickets, report drafts, the audit log and staff invitations in the one data file.</summary>
    public static IServiceCollection AddLiteDbHandoffStores(this IServiceCollection services)
    {
        services.AddSingleton<ITicketStore, LiteDbTicketStore>();
        services.AddSingleton<IReportDraftStore, LiteDbReportDraftStore>();
        services.AddSingleton<IAuditLog, LiteDbAuditLog>();
        services.AddSingleton<IStaffInviteStore, LiteDbStaffInviteStore>();
        return services;
    }
}
