using Assistant.Ai;
using Assistant.Core.Conversations;
using Assistant.Core.Hosting;
using Assistant.Core.Privacy;
using Assistant.Core.Scheduling;
using Assistant.Core.Staff;
using Assistant.Core.Users;
using Assistant.Handoff.Audit;
using Assistant.Handoff.Commands;
using Assistant.Handoff.Privacy;
using Assistant.Handoff.Relay;
using Assistant.Handoff.Reports;
using Assistant.Handoff.Security;
using Assistant.Handoff.Staff;
using Assistant.Handoff.Tickets;
using Assistant.Handoff.Translation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Handoff;

public static class HandoffServiceCollectionExtensions
{
    /// <summary>
    /// Discrimination reports, "talk to a person", tickets in staff chats with relay both ways, staff
    /// commands and invitations (section <c>Handoff</c>). Needs from the host: the stores (the storage
    /// project's <c>AddLiteDbHandoffStores</c>), an <see cref="IStaffChats"/> and an <see cref="IUserMessenger"/>
    /// from the channel, <c>AddScheduling</c> and <c>AddStaffDirectory</c>.
    /// </summary>
    public static IServiceCollection AddHandoff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HandoffOptions>()
            .Bind(configuration.GetSection(HandoffOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<HandoffOptions>, HandoffOptionsValidator>();
        services.AddOptions<RetentionOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeepLinks, StartCommandLinks>();

        services.AddSingleton<ContentProtector>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<StaffTexts>();
        services.AddSingleton<TicketService>();
        services.AddSingleton<TicketDesk>();
        services.AddSingleton<RelayService>();
        services.AddAi(configuration);
        services.TryAddSingleton<IChannelFiles, NoChannelFiles>();
        services.TryAddSingleton<ConsentRecorder>();
        services.AddSingleton<TicketTranslation>();
        services.AddSingleton<PendingTranslations>();
        services.AddSingleton<TranslatedRelay>();
        services.AddSingleton<ReportDrafts>();
        services.AddSingleton<StaffInvitations>();
        services.AddSingleton<TicketCommandTarget>();

        services.AddFlowActions<DiscriminationReportActions>();
        services.AddFlowActions<HandoffRequestActions>();
        services.AddFlowActions<TicketOpenActions>();
        services.AddFlowActions<HandoffFollowUpActions>();
        services.AddFlowActions<StaffJoinActions>();
        services.AddFlowActions<TranslationOriginalActions>();
        services.AddFlowActions<TranslationConsentActions>();

        services.AddSingleton<IStaffTopicHandler, StaffTopicRelay>();
        services.AddSingleton<IStaffCommand, ClaimCommand>();
        services.AddSingleton<IStaffCommand, CloseCommand>();
        services.AddSingleton<IStaffCommand, NoteCommand>();
        services.AddSingleton<IStaffCommand, ReadCommand>();
        services.AddSingleton<IStaffCommand, TranslateCommand>();
        services.AddSingleton<IStaffCommand, AddStaffCommand>();
        services.AddSingleton<IStaffCommand, RemoveStaffCommand>();
        services.AddSingleton<IStaffCommand, StaffInviteCommand>();

        services.AddSingleton<IJobHandler, AnnounceJob>();
        services.AddSingleton<IJobHandler, ReannounceJob>();
        services.AddSingleton<IJobHandler, DraftExpiryJob>();
        services.AddSingleton<IPersonalDataArea, HandoffDataArea>();
        services.AddSingleton<IRetentionPolicy, DraftRetentionPolicy>();
        services.AddSingleton<IRetentionPolicy, ClosedTicketRetentionPolicy>();
        return services;
    }
}

/// <summary>Checks the key and the routing, naming the setting that is wrong.</summary>
internal sealed class HandoffOptionsValidator : IValidateOptions<HandoffOptions>
{
    public ValidateOptionsResult Validate(string? name, HandoffOptions options)
    {
        var problems = new List<string>();
        var keyGiven = !string.IsNullOrWhiteSpace(options.EncryptionKey);
        if (keyGiven && ContentProtector.ParseKey(options.EncryptionKey) is null)
        {
            problems.Add($"{HandoffOptions.Section}:EncryptionKey must be 32 random bytes in base64 (44 characters, for example from `openssl rand -base64 32`).");
        }
        else if (options.Enabled == true && !keyGiven)
        {
            problems.Add($"{HandoffOptions.Section}:EncryptionKey is required while {HandoffOptions.Section}:Enabled is true: reports are stored only encrypted. Set 32 random bytes in base64 (for example from `openssl rand -base64 32`).");
        }

        var kinds = TicketKinds.All.Select(TicketKinds.Name).ToList();
        foreach (var (kind, chat) in options.Routing)
        {
            if (!kinds.Contains(kind, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"{HandoffOptions.Section}:Routing:{kind} is not a ticket kind; use {string.Join(", ", kinds)}.");
            }
            else if (!Enum.TryParse<StaffChatKind>(chat, ignoreCase: true, out _) || int.TryParse(chat, out _))
            {
                problems.Add($"{HandoffOptions.Section}:Routing:{kind} is '{chat}'; use {string.Join(", ", Enum.GetNames<StaffChatKind>())}.");
            }
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
