using System.Data.Common;
using System.Diagnostics;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Benchmarks.Kpis;

/// <summary>One timed step of a KPI benchmark run (see <see cref="KpiBenchmark.StepNames"/>).</summary>
public sealed record KpiBenchmarkStep(string Name, TimeSpan Elapsed);

/// <summary>
/// Times every KPI of the catalogue and the challenge x country gap matrix on a warehouse, with no filter, three ways
/// (one run each; the caller repeats and takes medians):
/// <list type="bullet">
/// <item><see cref="RunPublicAsync"/>: as callers run them, <c>ComputeKpisAsync</c> then <c>ComputeGapsAsync</c>, each
/// opening its own connection and building its own base tables;</item>
/// <item><see cref="RunWorkspaceAsync"/>: ours in one workspace, step by step (each base table, each KPI with its
/// mapping and rounding, the gap matrix with its tests);</item>
/// <item><see cref="RunDirectAsync"/>, the baseline: the same SQL statements with the same arguments on a raw
/// connection of the same store, every value of every row read with <c>GetValue</c> and dropped.</item>
/// </list>
/// </summary>
public sealed class KpiBenchmark(Warehouse warehouse, Quarter quarter, TimeProvider time)
{
    public const string Connect = "connect";
    public const string GapMatrix = "gap matrix (country)";
    public const string Close = "close";
    public const string PublicKpis = "ComputeKpisAsync";
    public const string PublicGaps = "ComputeGapsAsync";
    public const string LiveQuarter = "ComputeAnalyticsAsync";

    /// <summary>The steps of <see cref="RunWorkspaceAsync"/> and <see cref="RunDirectAsync"/>, in the order they run.</summary>
    public static IReadOnlyList<string> StepNames { get; } =
        [Connect, .. KpiBaseSql.Statements(KpiFilter.None, AnalysisSession.AsIs).Select(s => s.Table).OfType<string>(), .. KpiIds, GapMatrix, Close];

    /// <summary>The KPI ids, in catalogue order.</summary>
    public static IReadOnlyList<string> KpiIds => [.. KpiCatalogue.All.Select(k => k.Id)];

    /// <summary>Steps <see cref="PublicKpis"/> and <see cref="PublicGaps"/>.</summary>
    public async Task<IReadOnlyList<KpiBenchmarkStep>> RunPublicAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var kpis = await warehouse.ComputeKpisAsync(quarter, KpiFilter.None, cancellationToken).ConfigureAwait(false);
        var kpisElapsed = Stopwatch.GetElapsedTime(started);
        started = Stopwatch.GetTimestamp();
        var gaps = await warehouse.ComputeGapsAsync(quarter, KpiFilter.None, GapDimension.Country, cancellationToken).ConfigureAwait(false);
        var gapsElapsed = Stopwatch.GetElapsedTime(started);
        GC.KeepAlive(kpis);
        GC.KeepAlive(gaps);
        return [new(PublicKpis, kpisElapsed), new(PublicGaps, gapsElapsed)];
    }

    /// <summary>Step <see cref="LiveQuarter"/>: what the dashboard computes for a quarter without a snapshot.</summary>
    public async Task<IReadOnlyList<KpiBenchmarkStep>> RunLiveQuarterAsync(CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var content = await warehouse.ComputeAnalyticsAsync(quarter, KpiFilter.None, cancellationToken).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        GC.KeepAlive(content);
        return [new(LiveQuarter, elapsed)];
    }

    public async Task<IReadOnlyList<KpiBenchmarkStep>> RunWorkspaceAsync(CancellationToken cancellationToken)
    {
        var steps = new Steps();
        var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        steps.Add(Connect);
        KpiWorkspace workspace;
        using (var baseTables = new BaseTableTimes())
        {
            workspace = await KpiWorkspace.OpenAsync(connection, warehouse.AnalysisSession, quarter, time.GetUtcNow(), KpiFilter.None, cancellationToken).ConfigureAwait(false);
            foreach (var (table, elapsed) in baseTables.Single())
                steps.Add(table, elapsed);
        }
        try
        {
            foreach (var definition in KpiCatalogue.All)
            {
                _ = await workspace.ComputeAsync([definition], cancellationToken).ConfigureAwait(false);
                steps.Add(definition.Id);
            }
            _ = await workspace.ComputeGapsAsync(GapDimension.Country, GapMatrixBuilder.DefaultAlpha, cancellationToken).ConfigureAwait(false);
            steps.Add(GapMatrix);
        }
        finally
        {
            await workspace.DisposeAsync().ConfigureAwait(false);
        }
        steps.Add(Close);
        return steps.All;
    }

    public async Task<IReadOnlyList<KpiBenchmarkStep>> RunDirectAsync(CancellationToken cancellationToken)
    {
        var steps = new Steps();
        var context = KpiSqlContext.For(quarter, time.GetUtcNow(), KpiFilter.None);
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        steps.Add(Connect);
        foreach (var (table, sql, args) in KpiBaseSql.Statements(KpiFilter.None, warehouse.AnalysisSession))
        {
            await connection.ExecuteAsync(null, sql, cancellationToken, args).ConfigureAwait(false);
            if (table is not null)
                steps.Add(table);
        }
        foreach (var definition in KpiCatalogue.All)
        {
            await ReadAllAsync(connection, definition.Sql(context), cancellationToken).ConfigureAwait(false);
            if (definition.TotalSql is { } total)
                await ReadAllAsync(connection, total(context), cancellationToken).ConfigureAwait(false);
            steps.Add(definition.Id);
        }
        foreach (var sql in (string[])[GapSql.MemberTotals(GapDimension.Country), GapSql.Cells(GapDimension.Country),
                     GapSql.ConsortiumPerChallenge, GapSql.ConsortiumTotals])
            await ReadAllAsync(connection, sql, cancellationToken).ConfigureAwait(false);
        steps.Add(GapMatrix);
        foreach (var drop in KpiBaseSql.Drop)
            await connection.ExecuteAsync(null, drop, cancellationToken).ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
        steps.Add(Close);
        return steps.All;
    }

    private static async Task ReadAllAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = SqlCommands.Create(connection, null, sql, []);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < reader.FieldCount; i++)
                _ = reader.GetValue(i);
        }
    }

    /// <summary>Each step's time since the previous one ended.</summary>
    private sealed class Steps
    {
        private readonly List<KpiBenchmarkStep> all = [];
        private long started = Stopwatch.GetTimestamp();

        public IReadOnlyList<KpiBenchmarkStep> All => all;

        public void Add(string name)
        {
            all.Add(new(name, Stopwatch.GetElapsedTime(started)));
            started = Stopwatch.GetTimestamp();
        }

        // The base tables are built inside KpiWorkspace.OpenAsync: their times come from its trace (BaseTableTimes).
        public void Add(string name, TimeSpan elapsed)
        {
            all.Add(new(name, elapsed));
            started = Stopwatch.GetTimestamp();
        }
    }
}
