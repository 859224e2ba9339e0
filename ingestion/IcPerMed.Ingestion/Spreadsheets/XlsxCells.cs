using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>Turns the cells of one worksheet row into text, the way a CSV export of the sheet would show them.</summary>
internal static class XlsxCells
{
    /// <summary>
    /// The row's values by column (A = 0). Cells the writer left out (empty ones may be) read as "", so every row
    /// lines up with the header.
    /// </summary>
    public static List<string> Values(Row row, IReadOnlyList<string> sharedStrings)
    {
        var values = new List<string>();
        foreach (var cell in row.Elements<Cell>())
        {
            var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : values.Count;
            while (values.Count < column)
                values.Add(string.Empty);
            values.Add(Text(cell, sharedStrings));
        }
        return values;
    }

    /// <summary>The shared string table, read SAX-style; empty when the workbook has none.</summary>
    public static IReadOnlyList<string> ReadSharedStrings(SharedStringTablePart? part)
    {
        var strings = new List<string>();
        if (part is null)
            return strings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType == typeof(SharedStringItem) && reader.IsStartElement)
                strings.Add(RichText((SharedStringItem)reader.LoadCurrentElement()!));
        }
        return strings;
    }

    private static string Text(Cell cell, IReadOnlyList<string> sharedStrings)
    {
        var type = cell.DataType?.Value;
        var value = cell.CellValue?.Text ?? string.Empty;
        if (type == CellValues.InlineString)
            return cell.InlineString is { } inline ? RichText(inline) : string.Empty;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < sharedStrings.Count
                ? sharedStrings[i]
                : string.Empty;
        }
        if (type == CellValues.Boolean)
            return value == "1" ? "true" : "false";
        return value;
    }

    // Plain text is one <t>; formatted text is several runs <r><t>..</t></r>. Phonetic hints (<rPh>) are not text.
    private static string RichText(RstType text) =>
        text.Text?.Text ?? string.Concat(text.Elements<Run>().Select(run => run.Text?.Text));

    /// <summary>"C12" → 2: the letters of a cell reference as a 0-based column number.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
                break;
            column = column * 26 + (char.ToUpperInvariant(c) - 'A' + 1);
        }
        return Math.Max(column - 1, 0);
    }
}
