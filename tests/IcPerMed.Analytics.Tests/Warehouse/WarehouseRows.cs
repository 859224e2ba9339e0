using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Tests.Warehouse;

internal static class WarehouseRows
{
    public static async Task<Dictionary<string, StoredProject>> ProjectsAsync(Analytics.Warehouse.Warehouse warehouse,
        CancellationToken cancellationToken, string source = "test") =>
        (await warehouse.GetProjectsAsync(source, cancellationToken)).ToDictionary(p => p.SourceId);
}
