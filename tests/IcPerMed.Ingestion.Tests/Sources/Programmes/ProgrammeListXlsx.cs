using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using IcPerMed.Ingestion.Spreadsheets;

namespace IcPerMed.Ingestion.Tests.Sources.Programmes;

/// <summary>
/// Writes the XLSX form of a programme list from its CSV parts with DocumentFormat.OpenXml (shared strings, as Excel
/// writes them; the repository's scripts/programme-list-xlsx.py writes inline strings), so both cell kinds are read.
/// </summary>
internal static class ProgrammeListXlsx
{
    public static async Task WriteAsync(string programmesCsv, string? projectsCsv, string target, CancellationToken cancellationToken)
    {
        var sheets = new List<(string Name, List<IReadOnlyList<string>> Rows)> { ("programmes", await RowsAsync(programmesCsv, cancellationToken)) };
        if (projectsCsv is not null)
            sheets.Add(("projects", await RowsAsync(projectsCsv, cancellationToken)));
        using var document = SpreadsheetDocument.Create(target, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook(new Sheets());
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var row in rows)
                data.Append(new Row(row.Select(value => Cell(value, strings.SharedStringTable, index))));
            part.Worksheet = new Worksheet(data);
            workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
        }
        workbook.Workbook.Save();
    }

    private static Cell Cell(string value, SharedStringTable table, Dictionary<string, int> index)
    {
        if (!index.TryGetValue(value, out var i))
        {
            index[value] = i = index.Count;
            table.Append(new SharedStringItem(new Text(value) { Space = SpaceProcessingModeValues.Preserve }));
        }
        return new Cell { DataType = CellValues.SharedString, CellValue = new CellValue(i.ToString(System.Globalization.CultureInfo.InvariantCulture)) };
    }

    private static async Task<List<IReadOnlyList<string>>> RowsAsync(string csv, CancellationToken cancellationToken)
    {
        await using var sheet = await CsvSheet.OpenAsync(File.OpenRead(csv), csv, cancellationToken);
        var rows = new List<IReadOnlyList<string>> { sheet.Header };
        await foreach (var row in sheet.ReadRowsAsync(cancellationToken))
            rows.Add(row.Fields);
        return rows;
    }
}
