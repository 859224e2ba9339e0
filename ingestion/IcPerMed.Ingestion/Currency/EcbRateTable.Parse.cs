using System.Security.Cryptography;
using System.Text;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Currency;

public sealed partial class EcbRateTable
{
    /// <summary>Name of the table embedded in this assembly (a copy of data/reference/ecb/eurofxref-hist.csv.gz).</summary>
    internal const string BundledResource = "IcPerMed.Ingestion.Currency.eurofxref-hist.csv.gz";

    /// <summary>Reads the table shipped inside IcPerMed.Ingestion, so the program needs no path.</summary>
    public static EcbRateTable LoadBundled()
    {
        using var stream = typeof(EcbRateTable).Assembly.GetManifestResourceStream(BundledResource)
            ?? throw new InvalidOperationException($"The build did not embed the ECB rate table {BundledResource}.");
        return Parse(stream, "eurofxref-hist.csv.gz");
    }

    /// <summary>Reads a rate table from a .csv or .csv.gz file (gzip is recognised by its bytes, not its name).</summary>
    /// <exception cref="SourceFormatException">The file is not an ECB rate table; the message names line and field.</exception>
    public static EcbRateTable Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Parse(stream, path);
    }

    /// <summary>
    /// Reads a rate table: a "Date" column (yyyy-mm-dd), then one column per currency code holding units per 1 EUR.
    /// Empty and "N/A" cells mean no quote that day. Codes may be lower case (the mirror) or upper case (the ECB's
    /// own eurofxref-hist.csv, which also ends each line with a comma and lists the newest day first).
    /// </summary>
    /// <param name="file">Shown in error messages; its name without extensions becomes <see cref="Name"/>.</param>
    /// <exception cref="SourceFormatException">The data is not an ECB rate table, or is truncated gzip.</exception>
    public static EcbRateTable Parse(Stream stream, string file)
    {
        // The whole table is small (1.7 MB of text), so it is read at once: that gives its hash and its gzip check.
        var text = ReadText(stream, file);
        var builder = new EcbRateTableBuilder(file);
        using var reader = new StreamReader(new MemoryStream(text), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            builder.Add(line);
        return new EcbRateTable(TableName(file), Convert.ToHexStringLower(SHA256.HashData(text)), builder.Build());
    }

    // Copied into memory first: Parse takes any stream, and the gzip check has to seek to the trailer.
    private static byte[] ReadText(Stream stream, string file)
    {
        using var stored = new MemoryStream();
        stream.CopyTo(stored);
        var head = stored.GetBuffer();
        if (stored.Length < 2 || head[0] != 0x1F || head[1] != 0x8B)
            return stored.ToArray();

        stored.Position = 0;
        using var gzip = CheckedGzipStream.Open(stored, file, leaveOpen: true);
        using var text = new MemoryStream();
        gzip.CopyTo(text);
        return text.ToArray();
    }

    private static string TableName(string file)
    {
        var name = Path.GetFileName(file);
        foreach (var extension in new[] { ".gz", ".csv" })
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                name = name[..^extension.Length];
        return name;
    }
}
