namespace IcPerMed.Ingestion.Harvesting;

/// <summary>A read-only pass-through that counts the bytes read, for progress reports (stored bytes set against the file's length).</summary>
internal sealed class CountingStream(Stream inner) : ReadOnlyStream
{
    public override long Length => inner.Length;

    public override int Read(Span<byte> buffer) => Count(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inner.Dispose();
        base.Dispose(disposing);
    }

    private int Count(int read)
    {
        BytesRead += read;
        return read;
    }
}
