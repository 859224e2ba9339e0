using System.Globalization;
using System.IO.Compression;
using CsvHelper;

namespace IcPerMed.Benchmarks.Ingest;

/// <summary>
/// Writes a CORDIS-format project file of any size by resampling the real rows of the bundled sample in order,
/// giving each copy a new id (900,000,000 + n) so no two rows collide. Same columns, quoting and decimal commas.
/// </summary>
public static class ScaledCordisFile
{
    public static async Task<long> WriteAsync(string sampleProjectFile, string target, long rows, CancellationToken cancellationToken)
    {
        var templates = await ReadTemplatesAsync(sampleProjectFile, cancellationToken).ConfigureAwait(false);
        await using var csv = CsvWriter.Create(new StreamWriter(target), CsvWriterOptions.Default with { Separator = ';', NewLine = "\n" }, leaveOpen: false);
        foreach (var name in templates.Header)
            csv.WriteField(name);
        await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        var id = Array.IndexOf(templates.Header, "id");
        for (long n = 0; n < rows; n++)
        {
            var row = templates.Rows[(int)(n % templates.Rows.Count)];
            for (var i = 0; i < row.Length; i++)
                csv.WriteField(i == id ? (900_000_000 + n).ToString(CultureInfo.InvariantCulture) : row[i]);
            await csv.EndRecordAsync(cancellationToken).ConfigureAwait(false);
        }
        await csv.FlushAsync(cancellationToken).ConfigureAwait(false);
        return new FileInfo(target).Length;
    }

    private static async Task<(string[] Header, List<string[]> Rows)> ReadTemplatesAsync(string file, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(file);
        await using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        await using var csv = CsvReader.Create(reader, CsvReaderOptions.Default with
        {
            Separator = ';', HasHeader = true, Quote = '"', AllowLineBreaksInQuotes = true,
        }, leaveOpen: false);
        await csv.ReadHeaderAsync(cancellationToken).ConfigureAwait(false);
        var header = csv.Headers.ToArray();
        var rows = new List<string[]>();
        while (await csv.ReadAsync(cancellationToken).ConfigureAwait(false))
            rows.Add(csv.Current.ToArray());
        return (header, rows);
    }
}
