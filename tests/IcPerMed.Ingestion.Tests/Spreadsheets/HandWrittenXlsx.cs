using System.IO.Compression;
using System.Text;

namespace IcPerMed.Ingestion.Tests.Spreadsheets;

/// <summary>
/// Writes a one-sheet workbook's XML by hand into a zip (System.IO.Compression, not the Open XML SDK the reader uses),
/// so a test controls every quirk: shared or inline strings, left-out cells, rows without a number, broken XML.
/// </summary>
internal static class HandWrittenXlsx
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <param name="sheetData">The worksheet's &lt;sheetData&gt; content, or the whole sheet XML when <paramref name="raw"/>.</param>
    /// <param name="sharedStrings">The &lt;si&gt; items of the shared string table; no table when null.</param>
    public static string Write(string folder, string sheetData, string? sharedStrings = null, bool raw = false)
    {
        var path = Path.Combine(folder, "hand-written.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" +
            "</Types>");
        Add(zip, "_rels/.rels",
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        var sharedStringsRelationship = sharedStrings is null ? "" :
            $"<Relationship Id=\"rId2\" Type=\"{Relationships}/sharedStrings\" Target=\"sharedStrings.xml\"/>";
        Add(zip, "xl/_rels/workbook.xml.rels",
            $"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet1.xml\"/>{sharedStringsRelationship}</Relationships>");
        Add(zip, "xl/worksheets/sheet1.xml", raw ? sheetData : $"<worksheet xmlns=\"{Main}\"><sheetData>{sheetData}</sheetData></worksheet>");
        if (sharedStrings is not null)
            Add(zip, "xl/sharedStrings.xml", $"<sst xmlns=\"{Main}\">{sharedStrings}</sst>");
        return path;
    }

    /// <summary>A valid zip whose entries are not a workbook: what a mislabelled download or a damaged export looks like.</summary>
    public static string WriteZipOfGarbage(string folder)
    {
        var path = Path.Combine(folder, "garbage.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Add(zip, "readme.txt", "not a spreadsheet");
        Add(zip, "data.bin", "\u0001\u0002 binary-ish \u00ff noise");
        return path;
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(Encoding.UTF8.GetBytes(text));
    }
}
