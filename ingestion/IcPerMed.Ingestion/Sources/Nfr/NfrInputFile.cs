using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// The NFR file opened as text: a local .csv or .csv.gz (gzip recognised by its magic bytes, not its name), or an
/// http(s) address, downloaded first to <see cref="HarvestContext.DownloadDirectory"/>.
/// </summary>
internal sealed class NfrInputFile : IAsyncDisposable
{
    private readonly FileStream stored;

    private NfrInputFile(string name, FileStream stored, Stream text)
    {
        Name = name;
        this.stored = stored;
        Text = text;
    }

    /// <summary>What the user gave (path or URL): records name it as their origin.</summary>
    public string Name { get; }

    /// <summary>The CSV text, decompressed when the file is gzip.</summary>
    public Stream Text { get; }

    public long BytesRead => stored.Position;
    public long Length => stored.Length;

    public static async Task<NfrInputFile> OpenAsync(string from, HarvestContext context, CancellationToken cancellationToken)
    {
        var path = IsHttp(from) ? await DownloadAsync(new Uri(from), context, cancellationToken).ConfigureAwait(false) : from;
        var stored = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        try
        {
            Stream text = await IsGzipAsync(stored, cancellationToken).ConfigureAwait(false)
                ? CheckedGzipStream.Open(stored, from, leaveOpen: true)
                : stored;
            return new NfrInputFile(from, stored, text);
        }
        catch
        {
            await stored.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!ReferenceEquals(Text, stored))
            await Text.DisposeAsync().ConfigureAwait(false);
        await stored.DisposeAsync().ConfigureAwait(false);
    }

    private static bool IsHttp(string from) =>
        from.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || from.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    private static async Task<string> DownloadAsync(Uri uri, HarvestContext context, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(uri.AbsolutePath) is { Length: > 0 } n ? n : "dataset.csv";
        Directory.CreateDirectory(context.DownloadDirectory);
        var target = Path.Combine(context.DownloadDirectory, "nfr-" + name);
        var partial = target + ".part";
        using (var response = await context.Http.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false))
        {
            response.EnsureSuccessStatusCode();
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            await using var file = File.Create(partial);
            await body.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
        }
        // Only a complete download takes the real name, so a cancelled one is never read as the file.
        File.Move(partial, target, overwrite: true);
        return target;
    }

    /// <summary>Whether the file starts with the gzip magic bytes; leaves it at its start.</summary>
    private static async Task<bool> IsGzipAsync(FileStream stored, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var read = await stored.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
        stored.Position = 0;
        return read == 2 && head[0] == 0x1F && head[1] == 0x8B;
    }
}
