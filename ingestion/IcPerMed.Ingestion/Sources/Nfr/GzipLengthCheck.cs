using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// Decompressed text that notices a cut gzip file. .NET's GZipStream ends silently when the compressed data stops
/// early (a truncated download reads as a shorter, valid-looking file), so at the end the text length is compared
/// with the trailer's ISIZE. Fits single-member gzip, which is what the NFR file and gzip itself write.
/// </summary>
internal sealed class GzipLengthCheck(Stream inflating, uint expectedLength, string file) : Stream
{
    private long length;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => length;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        try
        {
            return Check(inflating.Read(buffer), buffer.Length);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex);
        }
    }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return Check(await inflating.ReadAsync(buffer, cancellationToken).ConfigureAwait(false), buffer.Length);
        }
        catch (InvalidDataException ex)
        {
            throw Corrupt(ex);
        }
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inflating.Dispose();
        base.Dispose(disposing);
    }

    private int Check(int read, int asked)
    {
        length += read;
        if (read == 0 && asked > 0 && (uint)length != expectedLength)
            throw new SourceFormatException(file,
                $"the gzip data is truncated: it inflates to {length} bytes, not the {expectedLength} its trailer gives");
        return read;
    }

    private SourceFormatException Corrupt(InvalidDataException ex) => new(file, $"the gzip data is corrupt ({ex.Message})", ex);
}
