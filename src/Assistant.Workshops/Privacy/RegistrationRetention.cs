using Assistant.Core.Privacy;
using Assistant.Workshops.Appointments;
using Assistant.Workshops.Registrations;
using Microsoft.Extensions.Options;

namespace Assistant.Workshops.Privacy;

/// <summary>Deletes registrations and appointments once their date is <c>Retention:Registrations</c> in the past.</summary>
internal sealed class RegistrationRetention(IRegistrationStore registrations, IAppointmentStore appointments, IOptions<RetentionOptions> options) : IRetentionPolicy
{
    public string Name => "registrations";

    public async Task<int> DeleteExpiredAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = now - options.Value.Registrations;
        return await registrations.DeleteEndedBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false)
            + await appointments.DeleteEndedBeforeAsync(cutoff, cancellationToken).ConfigureAwait(false);
    }
}
