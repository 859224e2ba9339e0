using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace IcPerMed.Dashboards.Pages;

/// <summary>What each source contributed, how fresh it is, its last runs and what its harvest quarantined and why.</summary>
public sealed class SourcesModel(WarehouseAccess access, TimeProvider time) : PageModel
{
    public const int QuarantineShown = 100;
    public IReadOnlyList<SourceStatus> Sources { get; private set; } = [];
    public IReadOnlyList<(string Source, IReadOnlyList<QuarantineEntry> Entries)> Quarantine { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        Sources = await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false);
        var quarantine = new List<(string, IReadOnlyList<QuarantineEntry>)>();
        foreach (var source in Sources)
        {
            var entries = await warehouse.GetQuarantineAsync(source.Source, cancellationToken).ConfigureAwait(false);
            quarantine.Add((source.Source, [.. entries.OrderByDescending(e => e.Id).Take(QuarantineShown)]));
        }
        Quarantine = quarantine;
    }

    public int? AgeInDays(SourceStatus source) => source.LastSuccessfulRun?.FinishedAt is { } finished
        ? (int)(time.GetUtcNow() - finished).TotalDays : null;
}
