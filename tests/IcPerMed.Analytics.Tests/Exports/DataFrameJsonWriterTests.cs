using System.Text;
using System.Text.Json;
using IcPerMed.Analytics.Exports;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class DataFrameJsonWriterTests
{
    private static async Task<byte[]> WriteSampleAsync()
    {
        using var output = new MemoryStream();
        await DataFrameJsonWriter.WriteAsync(ExportSample.Frame(), output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static async Task<JsonElement[]> RowsAsync()
    {
        using var document = JsonDocument.Parse(await WriteSampleAsync());
        return [.. document.RootElement.EnumerateArray().Select(row => row.Clone())];
    }

    [Fact]
    public async Task Writes_one_object_per_row_with_the_column_names_in_order()
    {
        var rows = await RowsAsync();

        Assert.Equal(6, rows.Length);
        Assert.All(rows, row => Assert.Equal(ExportSample.ColumnNames, row.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task Money_and_counts_are_exact_JSON_numbers()
    {
        var rows = await RowsAsync();

        var funding = rows.Select(row => row.GetProperty("funding_eur")).ToArray();
        Assert.Equal(JsonValueKind.Number, funding[0].ValueKind);
        Assert.Equal("1234567.89", funding[0].GetRawText());
        Assert.Equal(1234567.89m, funding[0].GetDecimal());
        Assert.Equal("-1234.50", funding[1].GetRawText());
        Assert.Equal("0.13", funding[4].GetRawText());
        Assert.Equal(JsonValueKind.Null, funding[3].ValueKind);
        // 2^53 + 1 survives as written; a writer that went through double would say ...992.
        Assert.Equal(ExportSample.BigCount, rows[3].GetProperty("participants").GetInt64());
        Assert.Equal(5, rows[4].GetProperty("partner_rank").GetInt32());
        Assert.Equal(1.0 / 3.0, rows[3].GetProperty("pm_score").GetDouble());
    }

    [Fact]
    public async Task Dates_and_timestamps_are_ISO_strings_and_flags_are_booleans()
    {
        var rows = await RowsAsync();

        Assert.Equal(JsonValueKind.String, rows[0].GetProperty("start_date").ValueKind);
        Assert.Equal("2024-01-31", rows[0].GetProperty("start_date").GetString());
        Assert.Equal("2024-03-05T13:07:09Z", rows[0].GetProperty("harvested_at").GetString());
        Assert.Equal(
            [JsonValueKind.True, JsonValueKind.False, JsonValueKind.Null],
            rows[..3].Select(row => row.GetProperty("is_pm").ValueKind));
    }

    [Fact]
    public async Task Every_null_and_a_NaN_are_JSON_null()
    {
        var rows = await RowsAsync();

        Assert.All(rows[5].EnumerateObject().Where(p => p.Name != "funding_eur"),
            property => Assert.Equal(JsonValueKind.Null, property.Value.ValueKind));
        Assert.Equal(JsonValueKind.Null, rows[4].GetProperty("pm_score").ValueKind);
    }

    [Fact]
    public async Task Text_is_not_neutralised_because_JSON_is_not_a_spreadsheet_format()
    {
        var bytes = await WriteSampleAsync();
        var rows = await RowsAsync();

        Assert.Equal(ExportSample.Formula, rows[0].GetProperty("title").GetString());
        Assert.Equal(ExportSample.Arithmetic, rows[1].GetProperty("title").GetString());
        Assert.Equal(ExportSample.Plain, rows[3].GetProperty("title").GetString());
        // UTF-8 without a BOM (RFC 8259), letters unescaped.
        Assert.Equal((byte)'[', bytes[0]);
        Assert.Contains("\"title\":\"Universitätsklinikum Köln\"", Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }
}
