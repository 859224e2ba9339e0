namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>An open CORDIS table, CSV or XLSX: its header, its rows in file order, and how far the read has got.</summary>
internal interface ICordisTable : IAsyncDisposable
{
    CordisHeader Header { get; }

    /// <summary>Bytes of the stored file consumed so far (compressed bytes for .gz), for progress reports.</summary>
    long BytesRead { get; }

    /// <summary>Streams the data rows; memory does not grow with the number of rows.</summary>
    IAsyncEnumerable<CordisRow> ReadRowsAsync(CancellationToken cancellationToken);
}
