using Assistant.Core.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Volunteers.Shifts;

/// <summary>
/// Brings the shifts of <c>content/shifts/</c> into the store when the host starts. A wrong file stops
/// the start with a message naming it, like a wrong flow does; sign-ups of changed shifts are kept and
/// their reminders moved with the new time.
/// </summary>
internal sealed class ShiftContentImporter(
    ShiftBoard board,
    ShiftFormatter format,
    IOptions<VolunteersOptions> options,
    ILogger<ShiftContentImporter> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var shifts = ShiftContentLoader.LoadFolder(ContentPaths.Resolve(options.Value.ContentPath), format.Zone);
        foreach (var shift in shifts)
        {
            await board.SaveShiftAsync(shift, cancellationToken).ConfigureAwait(false);
        }

        logger.LogInformation("{Count} shifts read from the content files", shifts.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
