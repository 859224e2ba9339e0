using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Jobs.Tests.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Kpis;

/// <summary>
/// A CSV export opened by a real spreadsheet: LibreOffice Calc (headless) imports it as a user's double-click would
/// (UTF-8, comma, detect numbers and dates) and saves it as XLSX, whose cells we then read. test.sh installs Calc;
/// without it the test is skipped locally and fails where ICPERMED_REQUIRE_SPREADSHEET=1.
/// </summary>
public sealed class SpreadsheetImportTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Calc_reads_money_and_dates_as_numbers_and_a_formula_title_as_inert_text()
    {
        var soffice = FindCalc();
        var db = await ExportCommandTests.HarvestAsync();
        var folder = Path.GetDirectoryName(db)!;
        var csv = Path.Combine(folder, "projects.csv");
        var export = await IcPerMedProcess.RunAsync(Ct, "export", "projects", "--all-projects", "--format", "csv", "--out", csv, "--db", db);
        Assert.True(export.ExitCode == 0, export.Error);

        await ConvertAsync(soffice, csv, folder);

        using var book = SpreadsheetDocument.Open(Path.Combine(folder, "projects.xlsx"), false);
        var part = book.WorkbookPart!;
        var strings = part.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList();
        var rows = part.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        var header = rows[0].Elements<Cell>().Select(c => strings[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]).ToList();
        Cell CellOf(Row row, string column) => row.Elements<Cell>().Single(c => c.CellReference!.Value == $"{ColumnLetter(header.IndexOf(column))}{row.RowIndex}");

        var first = rows[1];
        var title = CellOf(first, "title");
        Assert.Equal(CellValues.SharedString, title.DataType!.Value);
        Assert.Null(title.CellFormula);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"x\")", strings[int.Parse(title.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.DoesNotContain(part.WorksheetParts.Single().Worksheet.Descendants<CellFormula>(), _ => true);
        var money = CellOf(first, "funding_eur");
        Assert.True(money.DataType is null || money.DataType.Value == CellValues.Number);
        Assert.Equal("1234.5", money.CellValue!.Text);
        // A date is a serial day number (days since 1899-12-30) with a date style.
        var start = CellOf(first, "start_date");
        Assert.Equal((new DateTime(2026, 8, 1) - new DateTime(1899, 12, 30)).Days.ToString(System.Globalization.CultureInfo.InvariantCulture), start.CellValue!.Text);
        Assert.NotNull(start.StyleIndex);
    }

    private static string ColumnLetter(int index) => index < 26 ? ((char)('A' + index)).ToString() : $"{(char)('A' + index / 26 - 1)}{(char)('A' + index % 26)}";

    private static async Task ConvertAsync(string soffice, string csv, string folder)
    {
        // CSV filter: comma (44), double quote (34), UTF-8 (76), start at line 1, English (1033) number and date
        // recognition, "detect special numbers" on: what Calc's import dialog does for such a file.
        var start = new ProcessStartInfo(soffice) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { $"-env:UserInstallation=file://{Path.Combine(folder, "lo-profile")}", "--headless",
                     "--infilter=CSV:44,34,76,1,,1033,false,true,true", "--convert-to", "xlsx", "--outdir", folder, csv })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync(Ct);
        await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);
        Assert.True(process.ExitCode == 0 && File.Exists(Path.Combine(folder, "projects.xlsx")), $"soffice failed: {await error}");
    }

    private static readonly string[] CalcPaths = ["/usr/bin/soffice", "/usr/local/bin/soffice"];

    private static string FindCalc()
    {
        var found = CalcPaths.FirstOrDefault(File.Exists);
        if (found is not null)
            return found;
        if (Environment.GetEnvironmentVariable("ICPERMED_REQUIRE_SPREADSHEET") == "1")
            Assert.Fail("LibreOffice Calc (soffice) is required here: test.sh installs libreoffice-calc-nogui");
        Assert.Skip("LibreOffice Calc (soffice) not installed; ./test.sh installs it");
        return "";
    }
}
