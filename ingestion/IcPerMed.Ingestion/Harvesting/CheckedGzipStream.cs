using System.Buffers.Binary;
using System.IO.Compression;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// The text of a gzip file, failing with a <see cref="SourceFormatException"/> that names the file when the file is
/// cut short or corrupt. .NET's GZipStream ends silently when the compressed data stops early (a truncated download
/// reads as a shorter, valid-looking file), so at the end of the text its length is compared with the trailer's ISIZE
/// (the text length mod 2^32); a cut file's last four bytes are not its trailer and do not match. This fits
/// single-member gzip, which is what the sources and gzip itself write: a multi-member file records only its last
/// member. The trailer can only be read from a stream that seeks; a zip entry does not, so it is inflated unchecked.
/// </summary>
internal sealed class CheckedGzipStream : ReadOnlyStream
{
    // A 10-byte header and an 8-byte trailer (CRC-32, ISIZE): anything shorter cannot be a whole gzip file.
    private const int HeaderAndTrailerBytes = 18;

    private readonly CountingStream compressed;
    private readonly GZipStream inflating;
    private readonly uint? expectedLength;
    private readonly string file;

    private CheckedGzipStream(Stream compressed, uint? expectedLength, string file, bool leaveOpen)
    {
        this.compressed = new CountingStream(compressed);
        inflating = new GZipStream(this.compressed, CompressionMode.Decompress, leaveOpen);
        this.expectedLength = expectedLength;
        this.file = file;
    }

    /// <summary>Compressed bytes read so far, for progress against the stored file's length.</summary>
    public long CompressedBytesRead => compressed.BytesRead;

    public override long Length => throw new NotSupportedException();

    /// <summary>
    /// Wraps gzip data read from the current position of <paramref name="compressed"/> to its end, reading the
    /// trailer first when the stream can seek. Unless <paramref name="leaveOpen"/>, the compressed stream is owned
    /// from here on, and disposed even when this throws.
    /// </summary>
    /// <param name="file">The file (or URL, or zip entry) that error messages name.</param>
    /// <exception cref="SourceFormatException">The data is too short to hold a gzip header and trailer.</exception>
    public static CheckedGzipStream Open(Stream compressed, string file, bool leaveOpen = false)
    {
        try
        {
            var expected = compressed.CanSeek ? ReadTrailerLength(compressed, file) : (uint?)null;
            return new CheckedGzipStream(compressed, expected, file, leaveOpen);
        }
        catch when (!leaveOpen)
        {
            compressed.Dispose();
            throw;
        }
    }

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

    protected override void Dispose(bool disposing)
    {
        if (disposing)
            inflating.Dispose();
        base.Dispose(disposing);
    }

    private static uint ReadTrailerLength(Stream compressed, string file)
    {
        var start = compressed.Position;
        var stored = compressed.Length - start;
        if (stored < HeaderAndTrailerBytes)
            throw new SourceFormatException(file, $"truncated gzip: {stored} bytes, shorter than a gzip header and trailer");
        Span<byte> trailer = stackalloc byte[4];
        compressed.Seek(-4, SeekOrigin.End);
        compressed.ReadExactly(trailer);
        compressed.Position = start;
        return BinaryPrimitives.ReadUInt32LittleEndian(trailer);
    }

    // A read of zero bytes into a non-empty buffer is the end of the text: the only point where its length is known.
    private int Check(int read, int asked)
    {
        BytesRead += read;
        if (read == 0 && asked > 0 && expectedLength is { } expected && (uint)BytesRead != expected)
            throw new SourceFormatException(file,
                $"truncated gzip: {BytesRead} bytes decompressed but its trailer records {expected} (the file is cut short or corrupt)");
        return read;
    }

    private SourceFormatException Corrupt(InvalidDataException ex) => new(file, $"corrupt gzip: {ex.Message}", ex);
}
