using Assistant.Core.Conversations;
using Assistant.Core.Localization;
using Assistant.Core.Users;
using Assistant.Volunteers.Reminders;
using Microsoft.Extensions.Logging;

namespace Assistant.Volunteers.Shifts;

/// <summary>A shift called off, and how many of those signed up were actually told.</summary>
public sealed record ShiftCalledOff(Shift Shift, int Told);

/// <summary>
/// Staff call a shift off (the room is gone, the café is closed): the board marks it cancelled, then
/// everyone who was signed up hears it in their own language, and the coordinators' chat is told.
/// </summary>
public sealed class ShiftCallOff(
    ShiftBoard board,
    CoordinatorNotices notices,
    IUserProfileStore profiles,
    IUserMessenger messenger,
    TextCatalog texts,
    ShiftFormatter format,
    ILogger<ShiftCallOff> logger)
{
    /// <summary>The shift as it was called off and how many were told, or null when it does not exist, has started or was called off already.</summary>
    public async Task<ShiftCalledOff?> CallOffAsync(string shiftId, long byUserId, CancellationToken cancellationToken)
    {
        if (await board.CallOffAsync(shiftId, byUserId, cancellationToken).ConfigureAwait(false) is not { } calledOff)
        {
            return null;
        }

        // Coordinators hear how many were actually told, so they can reach the others themselves.
        var told = 0;
        foreach (var signup in calledOff.Signups)
        {
            told += await TellAsync(signup.UserId, calledOff.Shift, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        try
        {
            await notices.CalledOffAsync(calledOff.Shift, told, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "The coordinators could not be told that shift {ShiftId} was called off", shiftId);
        }

        return new ShiftCalledOff(calledOff.Shift, told);
    }

    /// <summary>One volunteer that cannot be reached must not keep the others from hearing that they need not come.</summary>
    private async Task<bool> TellAsync(long userId, Shift shift, CancellationToken cancellationToken)
    {
        try
        {
            var language = (await profiles.GetAsync(userId, cancellationToken).ConfigureAwait(false))?.Language ?? Languages.Reference;
            var message = texts.Message(language, "volunteers.shift_called_off", new Dictionary<string, string> { ["shift"] = format.Describe(shift, language) });
            await messenger.SendAsync(userId, [message], cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "A volunteer on shift {ShiftId} could not be told that it was called off", shift.Id);
            return false;
        }
    }
}
