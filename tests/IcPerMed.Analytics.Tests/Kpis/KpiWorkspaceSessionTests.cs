using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Kpis;

/// <summary>The KPI workspace's session is set up as its store's dialect says (<see cref="AnalysisSession"/>).</summary>
public sealed class KpiWorkspaceSessionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] BaseTables = ["kpi_project", "kpi_project_challenge", "kpi_project_country", "kpi_project_funder"];

    [Fact]
    public async Task On_PostgreSQL_the_workspace_runs_with_its_planner_settings_and_analysed_base_tables()
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(TestStores.Postgres, Ct);
        await using var _w = warehouse;
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(KpiFixture.Quarter, KpiFilter.None, Ct);
        var connection = workspace.Connection;

        // The settings docs/benchmarks.md measured (issue 20), on this connection only.
        Assert.Equal(("1.1", "64MB", "off"), (await connection.ScalarAsync<string>(null, "SHOW random_page_cost", Ct),
            await connection.ScalarAsync<string>(null, "SHOW work_mem", Ct), await connection.ScalarAsync<string>(null, "SHOW jit", Ct)));
        // Autovacuum never analyses temporary tables: each base table has statistics because the workspace gathered them.
        foreach (var table in BaseTables)
            Assert.True(await connection.ScalarAsync<long>(null, "SELECT count(*) FROM pg_stats WHERE tablename = $1", Ct, table) > 0,
                $"{table} has no statistics");
        await using var other = await warehouse.OpenConnectionAsync(Ct);
        Assert.Equal("4", await other.ScalarAsync<string>(null, "SHOW random_page_cost", Ct));
    }

    [Fact]
    public async Task On_DuckDB_the_workspace_changes_no_setting()
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(TestStores.DuckDb, Ct);
        await using var _w = warehouse;

        Assert.Same(AnalysisSession.AsIs, warehouse.AnalysisSession);
        await using var workspace = await warehouse.OpenKpiWorkspaceAsync(KpiFixture.Quarter, KpiFilter.None, Ct);
        // KpiFixture: P1-P6 predicted PM, P5 overridden to not PM: five PM projects in the base table.
        Assert.Equal(5, await workspace.Connection.ScalarAsync<long>(null, "SELECT count(*) FROM kpi_project", Ct));
    }
}
