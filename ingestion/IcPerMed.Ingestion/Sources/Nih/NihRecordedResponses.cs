using System.IO.Compression;
using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// Recorded RePORTER responses on disk: one .json or .json.gz file (gzip recognised by its magic bytes), or a folder
/// of them read in name order. v1 and v2 share the envelope, so both read alike; records are numbered from 1 per file.
/// </summary>
internal static class NihRecordedResponses
{
    public static async Task ReadAsync(string from, NihHarvestWriter writer, HarvestContext context, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(from)
            ? Directory.EnumerateFiles(from).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                || f.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal).ToList()
            : [from];
        if (files.Count == 0)
            throw new SourceFormatException(from, "the folder holds no .json or .json.gz RePORTER responses");
        foreach (var file in files)
        {
            if (!File.Exists(file))
                throw new SourceFormatException(file, "no such file or folder");
            var body = await ReadAllAsync(file, cancellationToken).ConfigureAwait(false);
            NihPage page;
            try
            {
                page = NihPage.Parse(body);
            }
            catch (MalformedBodyException error)
            {
                throw new SourceFormatException(file, error.Message, error);
            }
            using (page)
                await writer.WriteAsync(page, file, 1, cancellationToken).ConfigureAwait(false);
            context.Progress?.Report(new HarvestProgress(file, writer.Records, body.Length, body.Length));
        }
    }

    private static async Task<byte[]> ReadAllAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
        if (bytes is not [0x1F, 0x8B, ..])
            return bytes;
        try
        {
            await using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var text = new MemoryStream();
            await gzip.CopyToAsync(text, cancellationToken).ConfigureAwait(false);
            return text.ToArray();
        }
        catch (InvalidDataException error)
        {
            throw new SourceFormatException(file, $"a damaged gzip file ({error.Message})", error);
        }
    }
}
