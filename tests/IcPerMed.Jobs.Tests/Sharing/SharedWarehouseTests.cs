using System.Net;
using System.Text.Json;
using DuckDB.NET.Data;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Kpis;
using Xunit;

namespace IcPerMed.Jobs.Tests.Sharing;

/// <summary>
/// Issue 19, point 1: with <c>serve</c> running on the embedded DuckDB file, commands from another terminal read and
/// write it, and the dashboard shows what they wrote. Real processes: DuckDB's lock is per process, so nothing less
/// shows it. The dashboard here holds the file between pages for ten minutes, so every command below meets it held and
/// has to knock.
/// </summary>
public sealed class SharedWarehouseTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static readonly Dictionary<string, string> HoldsLong = new() { ["ICPERMED_Warehouse__DashboardHoldWhileIdle"] = "00:10:00" };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Read_and_write_commands_run_beside_serve_and_the_dashboard_shows_what_they_wrote()
    {
        await using var serve = await ServeProcess.StartAsync(demo.Db, HoldsLong, Ct);
        // The live quarter (no snapshot): what the dashboard computes and keeps for five minutes.
        var before = await PmProjectsAsync(serve, "2026Q4");

        var export = await IcPerMedProcess.RunAsync(Ct, "--db", demo.Db, "export", "projects", "--live", "--format", "json");
        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains("waiting for the warehouse", export.Error, StringComparison.Ordinal);
        Assert.Contains("`icpermed serve`", export.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not set lock", export.Error, StringComparison.Ordinal);
        var project = FirstProject(export.Output);

        var label = await IcPerMedProcess.RunAsync(Ct, "--db", demo.Db, "label", project.Source, project.Id, "--pm", "0", "--by", "wp5");
        Assert.True(label.ExitCode == 0, label.Error);

        // One PM project fewer, on the page the analyst already had open: the dashboard forgot what it computed.
        Assert.Equal(before - 1, await PmProjectsAsync(serve, "2026Q4"));
        var kpis = await IcPerMedProcess.RunAsync(Ct, "--db", demo.Db, "kpis", "--quarter", "2026Q4", "--format", "json");
        Assert.True(kpis.ExitCode == 0, kpis.Error);
    }

    [Fact]
    public async Task A_command_that_will_not_wait_says_serve_holds_the_file_and_exits_4()
    {
        await using var serve = await ServeProcess.StartAsync(demo.Db, HoldsLong, Ct);
        using var page = await serve.Client.GetAsync(new Uri("/", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);

        var kpis = await IcPerMedProcess.RunAsync(new Dictionary<string, string> { ["ICPERMED_Warehouse__LockWait"] = "00:00:00" }, Ct,
            "--db", demo.Db, "kpis");

        Assert.Equal(4, kpis.ExitCode);
        Assert.Contains("is in use by `icpermed serve` (the web dashboard, PID", kpis.Error, StringComparison.Ordinal);
        Assert.Contains("ICPERMED_Warehouse__LockWait", kpis.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not set lock", kpis.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_another_process_holds_the_file_pages_answer_busy_and_come_back_when_it_lets_go()
    {
        await using var serve = await ServeProcess.StartAsync(demo.Db,
            new Dictionary<string, string> { ["ICPERMED_Warehouse__DashboardLockWait"] = "00:00:01" }, Ct);
        // The test process takes the file the way any other program would, without knocking: it gets it once serve
        // has been idle for its two seconds.
        var holder = await TakeFileAsync(demo.Db);
        try
        {
            using var busy = await serve.Client.GetAsync(new Uri("/?quarter=2026Q4", UriKind.Relative), Ct);
            var html = await busy.Content.ReadAsStringAsync(Ct);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
            Assert.Equal("5", busy.Headers.RetryAfter?.ToString());
            Assert.Contains($"in use by another process (PID {Environment.ProcessId}", html, StringComparison.Ordinal);
            Assert.Contains("http-equiv=\"refresh\"", html, StringComparison.Ordinal);
        }
        finally
        {
            await holder.DisposeAsync();
        }
        using var back = await serve.Client.GetAsync(new Uri("/?quarter=2026Q4", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
    }

    private static async Task<DuckDBConnection> TakeFileAsync(string db)
    {
        for (var attempt = 0; ; attempt++)
        {
            var connection = new DuckDBConnection($"Data Source={db}");
            try
            {
                await connection.OpenAsync(Ct);
                return connection;
            }
            catch (DuckDBException) when (attempt < 100)
            {
                await connection.DisposeAsync();
                await Task.Delay(100, Ct);
            }
        }
    }

    private static async Task<decimal> PmProjectsAsync(ServeProcess serve, string quarter)
    {
        using var response = await serve.Client.GetAsync(new Uri($"/api/kpis?quarter={quarter}", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var perYear = json.RootElement.GetProperty("kpis").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "pm-projects-per-year");
        return perYear.GetProperty("rows").EnumerateArray().Sum(row => row.GetProperty("value").GetDecimal());
    }

    private static (string Source, string Id) FirstProject(string exportJson)
    {
        using var json = JsonDocument.Parse(exportJson);
        var rows = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("projects");
        var first = rows.EnumerateArray().First(r => r.GetProperty("source").GetString() == "cordis");
        return (first.GetProperty("source").GetString()!, first.GetProperty("source_id").GetString()!);
    }
}
