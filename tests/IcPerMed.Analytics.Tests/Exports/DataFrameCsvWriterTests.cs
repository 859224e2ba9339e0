using System.Globalization;
using System.Text;
using CsvHelper;
using IcPerMed.Analytics.Exports;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class DataFrameCsvWriterTests
{
    private static async Task<byte[]> WriteSampleAsync()
    {
        using var output = new MemoryStream();
        await DataFrameCsvWriter.WriteAsync(ExportSample.Frame(), output, TestContext.Current.CancellationToken);
        return output.ToArray();
    }

    private static List<string[]> ReadRecords(byte[] csv, out IReadOnlyList<string> header)
    {
        using var reader = CsvReader.Create(csv, CsvReaderOptions.Default);
        var records = new List<string[]>();
        while (reader.Read())
            records.Add([.. Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)]);
        header = reader.Headers;
        return records;
    }

    [Fact]
    public async Task Starts_with_the_UTF8_byte_order_mark_so_Excel_reads_UTF8()
    {
        var csv = await WriteSampleAsync();

        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        Assert.Contains(ExportSample.NonAscii, Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_back_the_header_and_every_cell_as_written()
    {
        var records = ReadRecords(await WriteSampleAsync(), out var header);

        Assert.Equal(ExportSample.ColumnNames, header);
        Assert.Equal(ExportSample.CsvCells.Length, records.Count);
        for (var row = 0; row < records.Count; row++)
            Assert.Equal(ExportSample.CsvCells[row], records[row]);
    }

    [Fact]
    public async Task A_formula_title_is_quoted_text_and_a_negative_amount_stays_an_unquoted_number()
    {
        var text = Encoding.UTF8.GetString(await WriteSampleAsync());

        // Rows 0 and 1 exactly as they are in the file: CRLF line ends, '' for a quote inside quotes.
        Assert.Contains("\r\n\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",1234567.89,3,1,0.25,true,2024-01-31,2024-03-05T13:07:09Z\r\n",
            text, StringComparison.Ordinal);
        Assert.Contains("\r\n\"'-2+3\",-1234.50,,2,,false,,\r\n", text, StringComparison.Ordinal);
        var records = ReadRecords(Encoding.UTF8.GetBytes(text), out _);
        Assert.StartsWith("'=", records[0][0], StringComparison.Ordinal);
        Assert.Equal(-1234.50m, decimal.Parse(records[1][1], NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal("-0.5", records[2][4]);
    }

    [Fact]
    public async Task Keeps_the_comma_quote_and_line_break_of_a_title_inside_one_quoted_cell()
    {
        var text = Encoding.UTF8.GetString(await WriteSampleAsync());

        Assert.Contains("\r\n\"Cancer, \"\"precision\"\" care\nsecond line\",,9007199254740993,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_of_nulls_is_a_row_of_empty_cells()
    {
        var text = Encoding.UTF8.GetString(await WriteSampleAsync());

        Assert.EndsWith("\r\n,42.00,,,,,,\r\n", text, StringComparison.Ordinal);
    }
}
