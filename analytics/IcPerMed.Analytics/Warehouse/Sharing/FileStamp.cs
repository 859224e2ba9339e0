namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>
/// When a DuckDB file and its write-ahead log were last written and how long they are: compared between letting go of
/// the file and taking it back, it tells whether another process wrote in between.
/// </summary>
internal readonly record struct FileStamp(DateTime Written, long Length, DateTime LogWritten, long LogLength)
{
    /// <summary>The stamp as one text (ticks and lengths), a version to compare and to store.</summary>
    public string Version => System.FormattableString.Invariant($"{Written.Ticks}:{Length}:{LogWritten.Ticks}:{LogLength}");

    public static FileStamp Of(string database)
    {
        var file = new FileInfo(database);
        var log = new FileInfo(database + ".wal");
        return new(file.Exists ? file.LastWriteTimeUtc : default, file.Exists ? file.Length : -1,
            log.Exists ? log.LastWriteTimeUtc : default, log.Exists ? log.Length : -1);
    }
}
