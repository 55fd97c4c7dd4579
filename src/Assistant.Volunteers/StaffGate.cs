using Assistant.Core.Dialogs;
using Assistant.Core.Staff;

namespace Assistant.Volunteers;

/// <summary>The first step of every staff flow: people without the staff role go to the flow's <c>not_allowed</c> step.</summary>
internal static class StaffGate
{
    public const string NotAllowedStep = "not_allowed";

    public static DialogAction Check(StaffDirectory directory) => async (context, cancellationToken) =>
        await directory.HasRoleAsync(context.UserId, StaffRole.Staff, cancellationToken).ConfigureAwait(false) ? null : NotAllowedStep;
}
