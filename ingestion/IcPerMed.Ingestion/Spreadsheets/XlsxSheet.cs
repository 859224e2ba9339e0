using System.Runtime.CompilerServices;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Spreadsheets;

/// <summary>
/// One worksheet as a table: its first non-blank row is the header, the rest are data rows (<see cref="XlsxRows"/>
/// reads them). Rows whose cells are all blank are skipped.
/// </summary>
internal sealed class XlsxSheet : ISheet
{
    private readonly XlsxRows rows;

    /// <exception cref="SourceFormatException">The sheet has no header row or is broken (the rows are disposed).</exception>
    internal XlsxSheet(XlsxRows rows)
    {
        this.rows = rows;
        try
        {
            Header = [.. (NextFilledRow()?.Fields ?? []).Select(h => h.Trim())];
            if (Header.Count == 0 || Header.All(h => h.Length == 0))
                throw new SourceFormatException(Name, "is empty: no header row");
        }
        catch
        {
            rows.Dispose();
            throw;
        }
    }

    public string Name => rows.Name;

    public IReadOnlyList<string> Header { get; }

    public async IAsyncEnumerable<SheetRow> ReadRowsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in rows.ReadAsync(cancellationToken))
        {
            if (!IsBlank(row))
                yield return new SheetRow(row.Number, row.Fields, string.Join('\t', row.Fields));
        }
    }

    public ValueTask DisposeAsync()
    {
        rows.Dispose();
        return ValueTask.CompletedTask;
    }

    private XlsxRow? NextFilledRow()
    {
        while (rows.Next() is { } row)
        {
            if (!IsBlank(row))
                return row;
        }
        return null;
    }

    private static bool IsBlank(XlsxRow row) => row.Fields.All(string.IsNullOrWhiteSpace);
}
