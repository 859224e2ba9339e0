using System.Data.Common;
using IcPerMed.Analytics.Reconciliation;

namespace IcPerMed.Analytics.Warehouse.Harvest;

public sealed partial class HarvestSession
{
    private readonly Dictionary<(string Item, string Detail), Tally> tallies = [];

    /// <summary>Counts and money of one reconciliation line as the commit learns them.</summary>
    private sealed class Tally
    {
        public long Read, Stored, Quarantined;
        public decimal? ReadAmount, StoredAmount, QuarantinedAmount;
    }

    private enum Column { Read, Stored, Quarantined }

    /// <summary>Adds the (detail, count, amount) rows of <paramref name="sql"/> to one column of <paramref name="item"/>.</summary>
    private async Task TallyAsync(DbTransaction? transaction, string item, Column column, string sql, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(transaction, sql,
            r => (Detail: r.GetString(0), Count: r.GetCount(1), Amount: r.GetDecimalOrNull(2)), cancellationToken,
            sql.Contains("$1", StringComparison.Ordinal) ? [Source] : []).ConfigureAwait(false);
        foreach (var (detail, count, amount) in rows)
        {
            if (!tallies.TryGetValue((item, detail), out var tally))
                tallies[(item, detail)] = tally = new Tally();
            switch (column)
            {
                case Column.Read: tally.Read += count; tally.ReadAmount = (tally.ReadAmount ?? 0) + amount; break;
                case Column.Stored: tally.Stored += count; tally.StoredAmount = (tally.StoredAmount ?? 0) + amount; break;
                default: tally.Quarantined += count; tally.QuarantinedAmount = (tally.QuarantinedAmount ?? 0) + amount; break;
            }
        }
    }

    /// <summary>Per file: rows read, and how many of them were quarantined; the rest became stored records.</summary>
    private async Task TallyRowsAsync(CancellationToken cancellationToken)
    {
        var tables = StagingTables().Select(t => t.Staging).Where(t => t != quarantine.Shape.StagingTable);
        var rows = await connection.QueryAsync(null, ReconciliationSql.RowsPerFile(tables),
            r => (File: r.GetString(0), Read: r.GetCount(1), Quarantined: r.GetCount(2)), cancellationToken).ConfigureAwait(false);
        foreach (var (file, read, quarantinedRows) in rows)
            tallies[(ReconciliationItem.Rows, file)] = new Tally { Read = read, Stored = read - quarantinedRows, Quarantined = quarantinedRows };
    }

    /// <summary>What the warehouse holds after the merge for the run's keys, then the run's reconciliation lines.</summary>
    private async Task TallyStoredAsync(DbTransaction transaction, string projectTable, string participationTable, CancellationToken cancellationToken)
    {
        await TallyAsync(transaction, ReconciliationItem.StatedFunding, Column.Stored, ReconciliationSql.StoredStatedFunding(projectTable), cancellationToken).ConfigureAwait(false);
        await TallyAsync(transaction, ReconciliationItem.DerivedFunding, Column.Stored, ReconciliationSql.StoredDerivedFunding(projectTable), cancellationToken).ConfigureAwait(false);
        await TallyAsync(transaction, ReconciliationItem.Contributions, Column.Stored, ReconciliationSql.StoredContributions(participationTable), cancellationToken).ConfigureAwait(false);
        await InsertReconciliationAsync(transaction, cancellationToken).ConfigureAwait(false);
    }

    private async Task InsertReconciliationAsync(DbTransaction transaction, CancellationToken cancellationToken)
    {
        // A query without GROUP BY answers one row of zeros when nothing matched: not a line worth showing.
        foreach (var ((item, detail), t) in tallies.Where(t => t.Value is not { Read: 0, Stored: 0, Quarantined: 0 }))
            await connection.ExecuteAsync(transaction, ReconciliationSql.Insert, cancellationToken, RunId, Source, item, detail,
                t.Read, t.Stored, t.Quarantined, t.ReadAmount, t.StoredAmount, t.QuarantinedAmount).ConfigureAwait(false);
    }
}
