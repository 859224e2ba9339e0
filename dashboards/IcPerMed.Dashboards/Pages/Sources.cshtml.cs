using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Reconciliation;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Status;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>
/// What each source contributed, how fresh it is, its last runs and what its harvest quarantined and why; every
/// registered source has a row, harvested or not.
/// </summary>
public sealed class SourcesModel(WarehouseAccess access, TimeProvider time, SourceCatalogue catalogue) : PageModel
{
    public const int QuarantineShown = 100;
    public const int RunsShown = 20;
    public IReadOnlyList<SourceStatus> Sources { get; private set; } = [];
    public IReadOnlyDictionary<string, Analytics.Coverage.SourceCoverage> Coverage { get; private set; } = new Dictionary<string, Analytics.Coverage.SourceCoverage>();
    public IReadOnlyList<HarvestRun> Runs { get; private set; } = [];
    public IReadOnlyList<(string Source, QuarantinePage Page)> Quarantine { get; private set; } = [];
    public IReadOnlyList<RunReconciliation> Reconciliation { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        Sources = catalogue.Complete(await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false));
        Coverage = (await warehouse.GetSourceCoverageAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(c => c.Source);
        Runs = await warehouse.GetHarvestRunsAsync(null, RunsShown, cancellationToken).ConfigureAwait(false);
        Reconciliation = await warehouse.GetReconciliationAsync(null, null, cancellationToken).ConfigureAwait(false);
        var quarantine = new List<(string, QuarantinePage)>();
        foreach (var source in Sources.Where(s => s.LastRun is not null))
            quarantine.Add((source.Source, await warehouse.GetQuarantinePageAsync(source.Source, QuarantineShown, 0, cancellationToken).ConfigureAwait(false)));
        Quarantine = quarantine;
    }

    /// <summary>The source's registered description (shown as the row's tooltip); null when not registered.</summary>
    public string? Describe(SourceStatus source) => catalogue.Describe(source.Source);

    public int? AgeInDays(SourceStatus source) => source.LastSuccessfulRun?.FinishedAt is { } finished
        ? (int)(time.GetUtcNow() - finished).TotalDays : null;
}
