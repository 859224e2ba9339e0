using DuckDB.NET.Data;
using IcPerMed.Analytics.Exports;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

/// <summary>
/// An analyst's tool, not ours, opens the files: DuckDB's own Parquet and CSV readers (its CSV sniffer guesses
/// types the way pandas and spreadsheets do) must see the column types the writers mean.
/// </summary>
public sealed class DuckDbReadsExportsTests
{
    private static async Task<string> ExportFileAsync(ExportFormat format)
    {
        var path = Path.Combine(TestPaths.NewTempDirectory(), "sample" + ExportFormats.Extension(format));
        await using var file = File.Create(path);
        await DataFrameExport.WriteAsync(ExportSample.Frame(), format, file, TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<List<object?[]>> QueryAsync(string sql)
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
#pragma warning disable CA2100 // the SQL names the test's own temp file.
        command.CommandText = sql;
#pragma warning restore CA2100
        await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var rows = new List<object?[]>();
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : reader.GetValue(i))]);
        return rows;
    }

    private static async Task<string[]> TypesAsync(string relation) =>
        [.. (await QueryAsync($"DESCRIBE SELECT * FROM {relation}")).Select(row => (string)row[1]!)];

    [Fact]
    public async Task DuckDB_reads_the_Parquet_column_types_and_values()
    {
        var path = await ExportFileAsync(ExportFormat.Parquet);

        var types = await TypesAsync($"read_parquet('{path}')");
        var row = (await QueryAsync(
            $"SELECT funding_eur, start_date, participants FROM read_parquet('{path}') WHERE title = 'Universitätsklinikum Köln'"))
            .Single();

        Assert.Equal(["VARCHAR", "DECIMAL(18,2)", "BIGINT", "INTEGER", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP WITH TIME ZONE"], types);
        Assert.Equal(0.13m, row[0]);
        Assert.Equal(new DateOnly(2024, 2, 29), row[1]);
        Assert.Equal(-1L, row[2]);
    }

    [Fact]
    public async Task DuckDB_sniffs_the_CSV_as_numbers_booleans_and_dates()
    {
        var path = await ExportFileAsync(ExportFormat.Csv);

        var types = await TypesAsync($"read_csv('{path}')");
        var rows = await QueryAsync($"SELECT title, funding_eur FROM read_csv('{path}')");

        Assert.Equal(["VARCHAR", "DOUBLE", "BIGINT", "BIGINT", "DOUBLE", "BOOLEAN", "DATE", "TIMESTAMP WITH TIME ZONE"], types);
        Assert.Equal(6, rows.Count);
        Assert.Equal("'-2+3", rows[1][0]);
        Assert.Equal(-1234.5, rows[1][1]);
        Assert.Equal(ExportSample.Plain, rows[3][0]);
    }
}
