namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// A local source file opened as its text: gunzipped (and checked for truncation, see <see cref="CheckedGzipStream"/>)
/// when it starts with the gzip magic bytes, whatever its name, else read as it is. Counts the stored bytes read, for
/// progress against the file's length. For connectors that read one published file (SNSF, NHMRC).
/// </summary>
internal sealed class LocalSourceFile : IAsyncDisposable
{
    private readonly FileStream stored;

    private LocalSourceFile(FileStream stored, Stream text)
    {
        this.stored = stored;
        Text = text;
    }

    /// <summary>The file's text, decompressed when the file is gzip.</summary>
    public Stream Text { get; }

    public long BytesRead => stored.Position;

    public long Length => stored.Length;

    /// <exception cref="SourceFormatException">There is no such file, or it is a cut-short gzip.</exception>
    public static async Task<LocalSourceFile> OpenAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new SourceFormatException(path, Directory.Exists(path) ? "is a folder, not a file" : "no such file");
        var stored = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        try
        {
            var head = new byte[2];
            var read = await stored.ReadAtLeastAsync(head, 2, throwOnEndOfStream: false, cancellationToken).ConfigureAwait(false);
            stored.Position = 0;
            Stream text = read == 2 && head[0] == 0x1F && head[1] == 0x8B ? CheckedGzipStream.Open(stored, path, leaveOpen: true) : stored;
            return new LocalSourceFile(stored, text);
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
}
