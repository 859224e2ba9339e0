using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Spreadsheets;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Spreadsheets;

/// <summary>
/// The one XLSX row loop (<see cref="XlsxRows"/>) and its two users, the CORDIS table and the 360Giving / programme-list
/// sheet, on a workbook written by hand with every quirk the real files have. Expected rows are read off the XML below.
/// </summary>
public sealed class XlsxRowsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Shared strings: plain, rich text in runs with a phonetic hint (not text), plain.
    private const string SharedStrings =
        "<si><t>Title</t></si>" +
        "<si><r><t>Start</t></r><r><rPr><b/></rPr><t> date</t></r><rPh sb=\"0\" eb=\"1\"><t>yomi</t></rPh></si>" +
        "<si><t>Cancer atlas</t></si>";

    private const string Sheet =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>Amount</t></is></c>" +
        "<c r=\"C1\" t=\"s\"><v>1</v></c><c r=\"D1\" t=\"inlineStr\"><is><t>Open</t></is></c></row>" +
        // Inline rich text, a number, a date as Excel stores it (45292 = 2024-01-01, a serial; the style says "date"), a boolean.
        "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><r><t>Gen</t></r><r><t>omics</t></r></is></c><c r=\"B2\"><v>1250.5</v></c>" +
        "<c r=\"C2\" s=\"1\"><v>45292</v></c><c r=\"D2\" t=\"b\"><v>1</v></c></row>" +
        "<row r=\"3\"/>" + // no cells: skipped
        "<row r=\"4\"><c r=\"A4\" t=\"s\"><v>2</v></c><c r=\"D4\" t=\"b\"><v>0</v></c></row>" + // B4 and C4 left out
        "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t> </t></is></c></row>" + // blank text only
        "<row/>" + // no number, no cells: row 6
        "<row><c t=\"inlineStr\"><is><t>no number</t></is></c></row>"; // no number: row 7, cell without a reference in A

    private static readonly string[] Header = ["Title", "Amount", "Start date", "Open"];

    [Fact]
    public async Task Reads_shared_and_inline_strings_left_out_cells_dates_and_unnumbered_rows()
    {
        var path = HandWrittenXlsx.Write(TestData.NewTempDirectory(), Sheet, SharedStrings);
        await using var workbook = XlsxWorkbook.Open(File.OpenRead(path), path);
        using var rows = workbook.OpenRows(null)!;

        var read = new List<XlsxRow>();
        while (rows.Next() is { } row)
            read.Add(row);

        Assert.Equal($"{path}!Sheet1", rows.Name);
        Assert.Equal(
            [
                "1: Title|Amount|Start date|Open",
                "2: Genomics|1250.5|45292|true",
                "4: Cancer atlas|||false",
                "5: | ",
                "7: no number",
            ],
            read.Select(r => $"{r.Number}: {string.Join('|', r.Fields)}"));
    }

    [Fact]
    public async Task A_sheet_takes_the_first_row_as_header_and_skips_blank_rows()
    {
        var path = HandWrittenXlsx.Write(TestData.NewTempDirectory(), Sheet, SharedStrings);
        await using var workbook = XlsxWorkbook.Open(File.OpenRead(path), path);
        await using var sheet = workbook.OpenSheet(null)!;

        var rows = await sheet.ReadRowsAsync(Ct).ToListAsync(Ct);

        Assert.Equal(Header, sheet.Header);
        Assert.Equal([2L, 4L, 7L], rows.Select(r => r.Line));
        Assert.Equal("Genomics\t1250.5\t45292\ttrue", rows[0].Raw);
    }

    [Fact]
    public async Task A_cordis_table_reads_the_same_rows_and_keeps_blank_ones_for_the_mapper()
    {
        var path = HandWrittenXlsx.Write(TestData.NewTempDirectory(), Sheet, SharedStrings);
        await using var table = await CordisXlsxTable.OpenAsync(Source(path), TestData.NewTempDirectory(), Ct);

        var rows = await table.ReadRowsAsync(Ct).ToListAsync(Ct);

        Assert.Equal(Header, table.Header.Names);
        Assert.Equal([2L, 4L, 5L, 7L], rows.Select(r => r.Line));
        Assert.All(rows, r => Assert.Equal(path, r.File));
        Assert.Equal("Cancer atlas;;;false", rows[1].Raw);
    }

    [Fact]
    public async Task A_zip_of_garbage_is_refused_naming_the_file_by_both_readers()
    {
        var path = HandWrittenXlsx.WriteZipOfGarbage(TestData.NewTempDirectory());

        var asSheet = Assert.Throws<SourceFormatException>(() => XlsxWorkbook.Open(File.OpenRead(path), path));
        var asCordis = await Assert.ThrowsAsync<SourceFormatException>(() => CordisXlsxTable.OpenAsync(Source(path), TestData.NewTempDirectory(), Ct));

        // A zip opens as a package; what it lacks is the workbook.
        foreach (var error in new[] { asSheet, asCordis })
            Assert.Equal((path, "is not an XLSX workbook: it has no workbook part"), (error.File, error.Problem));
    }

    [Fact]
    public async Task Broken_sheet_xml_is_refused_naming_the_sheet_and_the_last_good_row()
    {
        const string cutOff =
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
            "<row r=\"1\"><c t=\"inlineStr\"><is><t>Title</t></is></c></row>" +
            "<row r=\"2\"><c t=\"inlineStr\"><is><t>Genomics</t></is></c></row><row r=\"3\"><c t=";
        var path = HandWrittenXlsx.Write(TestData.NewTempDirectory(), cutOff, raw: true);
        await using var workbook = XlsxWorkbook.Open(File.OpenRead(path), path);
        await using var sheet = workbook.OpenSheet(null)!;

        var error = await Assert.ThrowsAsync<SourceFormatException>(async () => await sheet.ReadRowsAsync(Ct).ToListAsync(Ct));

        Assert.Equal($"{path}!Sheet1", error.File);
        Assert.StartsWith("the worksheet's XML is broken after row 2", error.Problem);
    }

    private static CordisTableSource Source(string path) =>
        new(CordisPart.Project, path, CordisTableFormat.Xlsx, () => File.OpenRead(path), new FileInfo(path).Length);
}
