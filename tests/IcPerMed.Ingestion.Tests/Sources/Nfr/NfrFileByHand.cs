using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.VisualBasic.FileIO;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>
/// The real NFR file read a second, independent way (the BCL's TextFieldParser, no CsvHelper, no connector code),
/// so the tests compare the connector with values computed here rather than with numbers copied from it.
/// </summary>
internal static class NfrFileByHand
{
    public static readonly string RealFile = TestData.File("nfr-eu-h2020", "dataset.csv.gz");

    private static readonly Lazy<(string[] Header, List<string[]> Rows)> File = new(Read);

    public static string[] Header => File.Value.Header;
    public static IReadOnlyList<string[]> Rows => File.Value.Rows;

    public static string Field(string[] row, string column) => row[Array.IndexOf(Header, column)];

    /// <summary>The row's EUR amount rounded to cents.</summary>
    public static decimal Amount(string[] row) =>
        Math.Round(decimal.Parse(Field(row, "Innvilget beløp organisasjon EUR"), CultureInfo.InvariantCulture), 2, MidpointRounding.AwayFromZero);

    /// <summary>The lines of the file as text, line 1 the header (CRLF removed).</summary>
    public static string[] Lines()
    {
        using var gzip = new GZipStream(System.IO.File.OpenRead(RealFile), CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        return reader.ReadToEnd().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
    }

    private static (string[], List<string[]>) Read()
    {
        using var gzip = new GZipStream(System.IO.File.OpenRead(RealFile), CompressionMode.Decompress);
        using var parser = new TextFieldParser(gzip, Encoding.UTF8)
        {
            TextFieldType = FieldType.Delimited,
            HasFieldsEnclosedInQuotes = true,
            TrimWhiteSpace = false,
        };
        parser.SetDelimiters(";");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
            rows.Add(parser.ReadFields()!);
        return (header, rows);
    }
}
