using System.Text.Json;
using System.Text.RegularExpressions;
using DuckDB.NET.Data;
using IcPerMed.Dashboards.Web.Security;
using IcPerMed.Jobs.Serve;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Jobs.Tests.Web;
using IcPerMed.Tests.Support;
using Microsoft.Playwright;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// icpermed snapshot on a warehouse without a snapshot of the previous quarter (issue 15): on the classified bundled
/// samples, 2025Q1 is snapshotted and 2024Q4 reconstructed as the data stood on 31 Dec 2024; the projects it counts are
/// checked against the start dates in the source files themselves, and the overview's change list is looked at in Chromium.
/// </summary>
public sealed partial class SnapshotReconstructionCommandTests(DemoWarehouseFixture demo) : IClassFixture<DemoWarehouseFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> CopyAsync()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        File.Copy(demo.Db, db);
        var snapshot = await IcPerMedProcess.RunAsync(Ct, "snapshot", "--quarter", "2025Q1", "--db", db);
        Assert.True(snapshot.ExitCode == 0, snapshot.Error);
        Assert.Contains("No snapshot of 2024Q4 yet: took one as the data stood at the quarter's end", snapshot.Output, StringComparison.Ordinal);
        return db;
    }

    private static async Task<JsonElement> JsonAsync(string db, params string[] args)
    {
        var result = await IcPerMedProcess.RunAsync(Ct, [.. args, "--db", db, "--format", "json"]);
        Assert.True(result.ExitCode == 0, result.Error);
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }

    [Fact]
    public async Task The_reconstructed_quarter_counts_the_pm_projects_started_by_its_end_in_the_source_files()
    {
        var db = await CopyAsync();
        var pm = Path.Combine(Path.GetDirectoryName(db)!, "pm.csv");
        var export = await IcPerMedProcess.RunAsync(Ct, "export", "projects", "--format", "csv", "--out", pm, "--db", db);
        Assert.True(export.ExitCode == 0, export.Error);

        var kpis = await JsonAsync(db, "kpis", "--quarter", "2024Q4");
        var listed = await JsonAsync(db, "snapshot", "list");

        var id = listed.EnumerateArray().Single(s => s.GetProperty("quarter").GetString() == "2024Q4").GetProperty("id").GetInt64();
        Assert.StartsWith($"snapshot {id} as of 2024-12-31, taken ", kpis.GetProperty("origin").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-12-31", listed.EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == id).GetProperty("as_of").GetString());
        var counted = kpis.GetProperty("kpis").EnumerateArray().Single(k => k.GetProperty("id").GetString() == "pm-projects-per-year")
            .GetProperty("rows").EnumerateArray().Sum(r => r.GetProperty("value").GetDecimal());
        var (expected, unmatched) = await StartedByAsync(pm, "2024-12-31");
        Assert.Equal(0, unmatched);
        // 382 PM projects in the demo (model trained on the 1,565 bundled labels, pm by the mean with its NB-SVM twin) once
        // title-only and foreign-language texts abstain: CORDIS 44 (10 of them start in 2025 by project.csv's startDate),
        // NFR 5 (2021 at the latest), NHMRC 301 (Start Yr 2017 at the latest), ANR 11 (2011-2013; its 270 French
        // abstracts abstain), NIH 16 (fiscal years up to 2004), GtR 5 (2009-2014); SNSF's titles and 360Giving's short
        // descriptions abstain: 372 started by 2024-12-31 (hand-checked with Python's csv, gzip and json modules against
        // the exported list, the CORDIS and NHMRC files and the NIH response).
        Assert.Equal(372, expected);
        Assert.Equal(expected, counted);
    }

    /// <summary>
    /// The exported PM projects whose start date in the source file (CORDIS project.csv.gz startDate, NFR dataset.csv.gz
    /// "Kontrakt startdato", SNSF start_date, NHMRC 1 January of "Start Yr", the ANR projects XLSX's Excel serial as
    /// scripts/reconcile/anr_expected_totals.py converts it with Python's zipfile) is on or before <paramref name="day"/>, or missing, read by DuckDB's own CSV reader rather
    /// than the connectors; and how many exported projects were not found in their file.
    /// </summary>
    private static async Task<(long Count, long Unmatched)> StartedByAsync(string pmCsv, string day)
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        var anrStarts = await AnrStartsAsync(Path.Combine(samples, "anr-france-pia"), Path.GetDirectoryName(pmCsv)!);
        await using var duck = new DuckDBConnection("Data Source=:memory:");
        await duck.OpenAsync(Ct);
        await using var command = duck.CreateCommand();
        // Read as text, so DuckDB's type detection cannot shift the UTC timestamps to another day.
        const string snsfColumns = "{id: 'VARCHAR', start_date: 'VARCHAR'}";
        command.CommandText = $"""
            WITH pm AS (SELECT source, source_id FROM read_csv('{pmCsv}', header = true, all_varchar = true)),
            starts AS (
                SELECT 'cordis' AS source, id AS source_id, CAST(startDate AS DATE) AS start
                FROM read_csv('{Path.Combine(samples, "cordis", "project.csv.gz")}', delim = ';', quote = '"', header = true, all_varchar = true)
                UNION ALL
                SELECT DISTINCT 'nfr', "Prosjektnr", CAST(strptime("Kontrakt startdato", '%d.%m.%Y %H:%M') AS DATE)
                FROM read_csv('{Path.Combine(samples, "nfr-eu-h2020", "dataset.csv.gz")}', delim = ';', header = true, all_varchar = true)
                UNION ALL
                SELECT 'snsf', id, CAST(left(start_date, 10) AS DATE)
                FROM read_json('{Path.Combine(samples, "snsf-switzerland", "grant_2024.json.gz")}', columns = {snsfColumns})
                UNION ALL
                SELECT 'nhmrc', "APP ID", CASE WHEN "Start Yr" = 'N/A' THEN NULL ELSE make_date(CAST("Start Yr" AS INTEGER), 1, 1) END
                FROM read_csv('{Path.Combine(samples, "nhmrc-australia", "summary_of_results_2015_app_round_160322.csv.gz")}', delim = ',', quote = '"', header = true, all_varchar = true)
                WHERE "APP ID" <> 'N/A'
                UNION ALL
                SELECT 'anr', source_id, CAST(nullif(start, '') AS DATE) FROM read_csv('{anrStarts}', header = true, all_varchar = true)
                UNION ALL
                -- NIH's recorded response holds fiscal years 1985-2004, GtR's files are 2017-18 downloads and Wolfson's
                -- 360Giving file its 2014 grants (data/samples/SOURCE.md): each started before any quarter asked here.
                SELECT source, source_id, CAST(NULL AS DATE) FROM pm WHERE source IN ('nih', 'gtr', '360giving'))
            SELECT count(*) FILTER (WHERE s.source IS NOT NULL AND (s.start IS NULL OR s.start <= DATE '{day}')),
                   count(*) FILTER (WHERE s.source IS NULL)
            FROM pm LEFT JOIN starts s ON s.source = pm.source AND s.source_id = pm.source_id
            """;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        Assert.True(await reader.ReadAsync(Ct));
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static async Task<string> AnrStartsAsync(string folder, string into)
    {
        var script = TestPaths.Repo("scripts/reconcile/anr_expected_totals.py");
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(python, [script, folder, "--starts"]) { RedirectStandardOutput = true })!;
        var csv = Path.Combine(into, "anr-starts.csv");
        await File.WriteAllTextAsync(csv, await process.StandardOutput.ReadToEndAsync(Ct), Ct);
        await process.WaitForExitAsync(Ct);
        Assert.Equal(0, process.ExitCode);
        return csv;
    }

    [Fact]
    public async Task Compare_and_the_overview_say_the_moves_with_names_once_each()
    {
        var db = await CopyAsync();

        var compare = await IcPerMedProcess.RunAsync(Ct, "snapshot", "compare", "2024Q4", "2025Q1", "--db", db);

        Assert.True(compare.ExitCode == 0, compare.Error);
        var lines = compare.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^Since 2024Q4 \(snapshot \d+ as of 2024-12-31, taken \d{4}-\d\d-\d\d\): PM funding overall rose EUR [\d.]+ m, \+\d+ %, to EUR [\d.]+ m", lines[0]);
        var moves = lines.Where(l => l.StartsWith("  - PM funding ", StringComparison.Ordinal)).ToList();
        Assert.True(moves.Count > 10, compare.Output);
        Assert.Equal(moves.Count, moves.Distinct().Count());
        Assert.DoesNotContain(moves, m => Regex.IsMatch(m, @"funding-per|\[|removed|added|EUR 0[ ,.]"));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await HeadlessChromium.LaunchAsync(playwright);
        await using var dashboard = await LoopbackDashboard.StartAsync(db, [new LoopbackUser("viv", DashboardRoles.Viewer, "viewer-password-1")], null, Ct);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = dashboard.Address.ToString(), ViewportSize = new() { Width = 1200, Height = 900 } });
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Name").FillAsync("viv");
        await page.GetByLabel("Password").FillAsync("viewer-password-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/$"));
        await page.GotoAsync("/?quarter=2025Q1");
        var section = page.Locator("#changes");
        Assert.Equal("Changes since 2024Q4", (await section.Locator("h2").InnerTextAsync()).Trim());
        Assert.Equal(lines[0], (await section.Locator("p.summary").InnerTextAsync()).Trim());
        Assert.Equal(moves.Take(10).Select(m => m[4..]), await section.Locator("li").AllInnerTextsAsync());
        Directory.CreateDirectory(BrowserWatch.ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserWatch.ScreenshotFolder, "overview-changes.png"), FullPage = true });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserWatch.ScreenshotFolder, "overview-changes-top.png"), Clip = new() { X = 0, Y = 0, Width = 1200, Height = 900 } });
    }
}
