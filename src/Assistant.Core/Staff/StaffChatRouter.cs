using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Staff;

/// <summary>
/// Entry point for staff chats: ignores people who are not staff (a staff chat may have other
/// members), runs commands for those with the right role, and hands other text in topics on.
/// </summary>
public sealed class StaffChatRouter(
    StaffDirectory directory,
    IEnumerable<IStaffCommand> commands,
    IEnumerable<IStaffTopicHandler> topicHandlers,
    TextCatalog texts,
    IOptions<StaffOptions> options,
    ILogger<StaffChatRouter> logger) : IStaffChatHandler
{
    private readonly Dictionary<string, IStaffCommand> _commands = commands.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<OutgoingMessage?> HandleAsync(StaffChatMessage message, CancellationToken cancellationToken)
    {
        var roles = await directory.RolesAsync(message.FromUserId, cancellationToken).ConfigureAwait(false);
        if (roles.Count == 0)
        {
            logger.LogInformation("Message from a non-staff member in staff chat {ChatId} ignored", message.ChatId);
            return null;
        }

        var raw = (message.ButtonPayload ?? message.Text)?.Trim();
        if (raw is not null && raw.StartsWith('/'))
        {
            var parts = raw[1..].Split(' ', 2, StringSplitOptions.TrimEntries);
            var name = parts[0].Split('@')[0];
            if (!_commands.TryGetValue(name, out var command))
            {
                return OutgoingMessage.Plain(texts.Get(options.Value.Language, "staff.unknown_command"));
            }

            if (!roles.Contains(command.RequiredRole))
            {
                logger.LogInformation("Staff command {Command} refused: role {Role} missing", command.Name, command.RequiredRole);
                return OutgoingMessage.Plain(texts.Get(options.Value.Language, "staff.not_allowed"));
            }

            return await command.HandleAsync(new StaffCommandContext(message, parts.Length > 1 ? parts[1] : "", roles), cancellationToken).ConfigureAwait(false);
        }

        foreach (var handler in topicHandlers)
        {
            if (await handler.HandleAsync(message, roles, cancellationToken).ConfigureAwait(false) is { } reply)
            {
                return reply;
            }
        }

        return null;
    }
}
