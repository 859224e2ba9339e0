using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Pages.Admin;

/// <summary>Admin only (folder convention): who may sign in, the snapshots taken, and which warehouse is served.</summary>
public sealed class IndexModel(WarehouseAccess access, UserDirectory users, IOptions<DashboardOptions> options) : PageModel
{
    public IReadOnlyList<DashboardUserOptions> Users { get; private set; } = [];
    public IReadOnlyList<KpiSnapshotSummary> Snapshots { get; private set; } = [];
    public string UsersFile => options.Value.UsersFile;
    public bool OpenIdConnect => options.Value.OpenIdConnect.IsConfigured;
    public string Store { get; private set; } = "";
    public string Location { get; private set; } = "";
    public int SchemaVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        Users = users.Users();
        Snapshots = await warehouse.ListSnapshotsAsync(cancellationToken).ConfigureAwait(false);
        (Store, Location) = (warehouse.Store, warehouse.Location);
        SchemaVersion = await warehouse.GetSchemaVersionAsync(cancellationToken).ConfigureAwait(false);
    }
}
