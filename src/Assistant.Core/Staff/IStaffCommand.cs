using Assistant.Core.Conversations;

namespace Assistant.Core.Staff;

/// <summary>A command staff use in a staff chat (<c>/claim</c>, <c>/close</c>, <c>/offer-shift 42</c>), typed or from a button.</summary>
public interface IStaffCommand
{
    /// <summary>The command without the slash.</summary>
    string Name { get; }

    /// <summary>The role needed; the router refuses others before the command runs.</summary>
    StaffRole RequiredRole { get; }

    Task<OutgoingMessage?> HandleAsync(StaffCommandContext context, CancellationToken cancellationToken);
}

/// <summary>What a staff command gets: the message, the text after the command, and the sender's roles.</summary>
public sealed record StaffCommandContext(StaffChatMessage Message, string Argument, IReadOnlySet<StaffRole> Roles);

/// <summary>Non-command text in a staff chat topic, such as a counsellor's answer to be relayed to a participant.</summary>
public interface IStaffTopicHandler
{
    Task<OutgoingMessage?> HandleAsync(StaffChatMessage message, IReadOnlySet<StaffRole> roles, CancellationToken cancellationToken);
}
