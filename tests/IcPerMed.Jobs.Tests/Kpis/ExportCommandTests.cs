using System.IO.Compression;
using DuckDB.NET.Data;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// icpermed export on a CORDIS-format file whose titles and objectives begin with formula characters: the CSV keeps
/// them as inert text, and a reader that infers types (DuckDB's read_csv, like a spreadsheet) gets numbers and dates.
/// </summary>
public sealed class ExportCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A warehouse holding two projects whose title and objective begin with formula characters.</summary>
    internal static async Task<string> HarvestAsync()
    {
        var folder = TestPaths.NewTempDirectory();
        await using (var sample = new GZipStream(File.OpenRead(Path.Combine(AppContext.BaseDirectory, "samples", "cordis", "project.csv.gz")), CompressionMode.Decompress))
        using (var reader = new StreamReader(sample))
            await File.WriteAllLinesAsync(Path.Combine(folder, "project.csv"),
            [
                (await reader.ReadLineAsync(Ct))!,
                "900000001;INJ;;\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\";2026-08-01;2028-07-31;1000,5;1234,5;HORIZON.2.1;HORIZON-HLTH-2024-DISEASE-08-20;;HORIZON;HORIZON-HLTH-2024;HORIZON-HLTH-2024;HORIZON-RIA;;\"+cmd objective\";2025-01-01;1;",
                "900000002;PLAIN;;@SUM(A1) and more, with a comma;2026-09-01;2028-08-31;1000,5;99,25;HORIZON.2.1;HORIZON-HLTH-2024-DISEASE-08-20;;HORIZON;HORIZON-HLTH-2024;HORIZON-HLTH-2024;HORIZON-RIA;;objective;2025-01-01;2;",
            ], Ct);
        var db = Path.Combine(folder, "warehouse.duckdb");
        var harvest = await IcPerMedProcess.RunAsync(Ct, "harvest", "cordis", "--from", folder, "--db", db);
        Assert.True(harvest.ExitCode == 0, harvest.Error);
        return db;
    }

    [Fact]
    public async Task A_title_starting_with_a_formula_character_stays_inert_text_and_types_survive()
    {
        var db = await HarvestAsync();
        var csv = Path.Combine(Path.GetDirectoryName(db)!, "projects.csv");

        var export = await IcPerMedProcess.RunAsync(Ct, "export", "projects", "--all-projects", "--format", "csv", "--out", csv, "--db", db);

        Assert.True(export.ExitCode == 0, export.Error);
        var text = await File.ReadAllTextAsync(csv, Ct);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'@SUM(A1) and more, with a comma\"", text, StringComparison.Ordinal);
        Assert.Contains("\"'+cmd objective\"", text, StringComparison.Ordinal);
        await using var duck = new DuckDBConnection("Data Source=:memory:");
        await duck.OpenAsync(Ct);
        await using var command = duck.CreateCommand();
        command.CommandText = $"SELECT typeof(funding_eur), typeof(start_date), title, funding_eur FROM read_csv('{csv}') ORDER BY source_id";
        await using var rows = await command.ExecuteReaderAsync(Ct);
        Assert.True(await rows.ReadAsync(Ct));
        Assert.Equal(("DOUBLE", "DATE"), (rows.GetString(0), rows.GetString(1)));
        Assert.StartsWith("'=HYPERLINK", rows.GetString(2), StringComparison.Ordinal);
        Assert.Equal(1234.5, rows.GetDouble(3));
    }

    [Fact]
    public async Task Json_and_parquet_exports_go_to_stdout_or_a_file()
    {
        var db = await HarvestAsync();
        var json = await IcPerMedProcess.RunAsync(Ct, "export", "projects", "--all-projects", "--format", "json", "--db", db);
        Assert.True(json.ExitCode == 0, json.Error);
        var projects = System.Text.Json.JsonDocument.Parse(json.Output).RootElement;
        Assert.Equal(2, projects.GetArrayLength());
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", projects[0].GetProperty("title").GetString());
        Assert.Equal(1234.50m, projects[0].GetProperty("funding_eur").GetDecimal());

        var parquet = Path.Combine(Path.GetDirectoryName(db)!, "projects.parquet");
        var written = await IcPerMedProcess.RunAsync(Ct, "export", "projects", "--all-projects", "--format", "parquet", "--out", parquet, "--db", db);
        Assert.True(written.ExitCode == 0, written.Error);
        await using var duck = new DuckDBConnection("Data Source=:memory:");
        await duck.OpenAsync(Ct);
        await using var command = duck.CreateCommand();
        command.CommandText = $"SELECT count(*), sum(funding_eur), typeof(any_value(start_date)) FROM read_parquet('{parquet}')";
        await using var rows = await command.ExecuteReaderAsync(Ct);
        Assert.True(await rows.ReadAsync(Ct));
        Assert.Equal((2L, 1333.75m, "DATE"), (Convert.ToInt64(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture), rows.GetDecimal(1), rows.GetString(2)));
    }
}
