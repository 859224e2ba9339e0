using System.IO.Compression;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>Reading the real ECB rate table (a gzip file) whole, cut short, and with a broken trailer.</summary>
public sealed class CheckedGzipStreamTests
{
    private static readonly string SharedTable = TestData.File("ecb", "eurofxref-hist.csv.gz");

    [Fact]
    public async Task A_whole_file_reads_to_the_same_text_as_gzip_and_counts_every_stored_byte()
    {
        var stored = await File.ReadAllBytesAsync(SharedTable, TestContext.Current.CancellationToken);

        using var gzip = CheckedGzipStream.Open(new MemoryStream(stored), SharedTable);
        var text = await ReadToEndAsync(gzip);

        Assert.Equal(Gunzip(stored), text);
        Assert.Equal(text.Length, gzip.Position);
        Assert.Equal(stored.Length, gzip.CompressedBytesRead);
    }

    [Fact]
    public async Task A_cut_file_fails_at_the_end_of_its_text_naming_the_file()
    {
        var path = await WriteAsync("cut.csv.gz", stored => stored[..(stored.Length / 2)]);

        await using var file = File.OpenRead(path);
        using var gzip = CheckedGzipStream.Open(file, path);
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => ReadToEndAsync(gzip));

        // Plain GZipStream reads the cut file without complaint; that shorter text is what the message reports.
        var inflated = Gunzip(await File.ReadAllBytesAsync(path, TestContext.Current.CancellationToken)).Length;
        Assert.Equal(path, ex.File);
        Assert.StartsWith($"truncated gzip: {inflated} bytes decompressed but its trailer records ", ex.Problem);
    }

    [Fact]
    public async Task A_file_shorter_than_a_gzip_header_and_trailer_is_refused_when_opened()
    {
        var path = await WriteAsync("stub.csv.gz", stored => stored[..10]);

        await using var file = File.OpenRead(path);
        var ex = Assert.Throws<SourceFormatException>(() => CheckedGzipStream.Open(file, path, leaveOpen: true));

        Assert.Equal(path, ex.File);
        Assert.Equal("truncated gzip: 10 bytes, shorter than a gzip header and trailer", ex.Problem);
    }

    [Fact]
    public async Task A_wrong_checksum_is_corrupt_gzip_naming_the_file()
    {
        // The CRC-32 sits just before ISIZE, so the text and its length are whole and only the checksum disagrees.
        var path = await WriteAsync("crc.csv.gz", stored =>
        {
            stored[^8] ^= 0xFF;
            return stored;
        });

        await using var file = File.OpenRead(path);
        using var gzip = CheckedGzipStream.Open(file, path);
        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => ReadToEndAsync(gzip));

        Assert.Equal(path, ex.File);
        Assert.StartsWith("corrupt gzip: ", ex.Problem);
        Assert.IsType<InvalidDataException>(ex.InnerException);
    }

    private static async Task<string> WriteAsync(string name, Func<byte[], byte[]> damage)
    {
        var stored = await File.ReadAllBytesAsync(SharedTable, TestContext.Current.CancellationToken);
        var path = Path.Combine(TestData.NewTempDirectory(), name);
        await File.WriteAllBytesAsync(path, damage(stored), TestContext.Current.CancellationToken);
        return path;
    }

    private static async Task<byte[]> ReadToEndAsync(Stream stream)
    {
        using var text = new MemoryStream();
        await stream.CopyToAsync(text, TestContext.Current.CancellationToken);
        return text.ToArray();
    }

    private static byte[] Gunzip(byte[] stored)
    {
        using var gzip = new GZipStream(new MemoryStream(stored), CompressionMode.Decompress);
        using var text = new MemoryStream();
        gzip.CopyTo(text);
        return text.ToArray();
    }
}
