namespace IcPerMed.Analytics.Tests.Exports;

/// <summary>
/// An output like stdout or an HTTP response body: write-only, no Length, no Position, no Seek. Keeps what was
/// written, and whether anyone disposed it (a writer must leave its caller's stream open).
/// </summary>
internal sealed class WriteOnlyStream : Stream
{
    private readonly MemoryStream written = new();

    public bool IsDisposed { get; private set; }

    public byte[] Written => written.ToArray();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => !IsDisposed;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count)
    {
        ObjectDisposedException.ThrowIf(IsDisposed, this);
        written.Write(buffer, offset, count);
    }

    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        IsDisposed = true;
        base.Dispose(disposing);
    }
}
