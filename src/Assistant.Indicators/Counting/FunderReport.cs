using Assistant.Core.Hosting;
using Assistant.Core.Scheduling;
using Assistant.Indicators.Content;
using Assistant.Indicators.Ledger;
using Assistant.Newsletters.Sending;
using Microsoft.Extensions.Options;

namespace Assistant.Indicators.Counting;

/// <summary>Every project's figures now, and its discrimination statistics when it counts cases.</summary>
public sealed record FunderFigures(IReadOnlyList<IndicatorProgress> Progress, IReadOnlyList<(FundedProject Project, DiscriminationStatistics Statistics)> Discrimination);

/// <summary>
/// Computes the funder figures from <c>content/indicators.yaml</c> (read at each call, so staff's changes
/// count at once), the ledger and the newsletters. The staff command and a staff console both call this.
/// </summary>
public sealed class FunderReport(ILedgerStore ledger, INewsletterStore newsletters, IOptions<IndicatorsOptions> options, IOptions<SchedulingOptions> scheduling, TimeProvider time)
{
    public IndicatorFile LoadFile() => IndicatorFileReader.Load(ContentPaths.Resolve(options.Value.ContentPath));

    public async Task<FunderFigures> ComputeAsync(CancellationToken cancellationToken) =>
        Compute(LoadFile(), await ledger.AllAsync(cancellationToken).ConfigureAwait(false), await newsletters.ListAsync(cancellationToken).ConfigureAwait(false));

    public FunderFigures Compute(IndicatorFile file, IReadOnlyList<IndicatorEvent> events, IReadOnlyList<Newsletter> sent)
    {
        var zone = scheduling.Value.Zone;
        var progress = IndicatorCalculator.Compute(file, events, sent, time.GetUtcNow(), zone);
        var discrimination = file.Projects
            .Where(p => p.Indicators.Any(i => i.Counts == CountKind.DiscriminationCases))
            .Select(p =>
            {
                var (from, to) = IndicatorCalculator.Period(p, zone);
                return (p, DiscriminationStatistics.Of(events, from, to));
            })
            .ToList();
        return new FunderFigures(progress, discrimination);
    }
}
