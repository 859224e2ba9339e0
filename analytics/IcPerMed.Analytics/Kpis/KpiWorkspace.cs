using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Kpis;

/// <summary>
/// One connection with the KPI base tables built for a quarter and filter (<see cref="KpiBaseSql"/>): KPIs, gap
/// matrices, trends and drill-downs then all read the same frozen set of projects.
/// </summary>
internal sealed partial class KpiWorkspace : IAsyncDisposable
{
    private readonly DbConnection connection;

    private KpiWorkspace(DbConnection connection, KpiSqlContext context)
    {
        this.connection = connection;
        Context = context;
    }

    public KpiSqlContext Context { get; }

    public DbConnection Connection => connection;

    /// <summary>
    /// Builds the base tables on <paramref name="connection"/>, which the workspace then owns; traced as
    /// <see cref="KpiDiagnostics.BuildBaseTables"/> with one event per table.
    /// </summary>
    public static async Task<KpiWorkspace> OpenAsync(DbConnection connection, AnalysisSession session, Quarter quarter, DateTimeOffset now,
        KpiFilter filter, CancellationToken cancellationToken)
    {
        var workspace = new KpiWorkspace(connection, KpiSqlContext.For(quarter, now, filter));
        try
        {
            using var tracing = KpiDiagnostics.Source.StartActivity(KpiDiagnostics.BuildBaseTables);
            foreach (var (table, sql, args) in KpiBaseSql.Statements(filter, session))
            {
                await connection.ExecuteAsync(null, sql, cancellationToken, args).ConfigureAwait(false);
                if (table is not null)
                    tracing?.AddEvent(new ActivityEvent(table));
            }
            return workspace;
        }
        catch
        {
            await workspace.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Computes every KPI of <paramref name="definitions"/>.</summary>
    public async Task<KpiSet> ComputeAsync(IReadOnlyList<KpiDefinition> definitions, CancellationToken cancellationToken)
    {
        var results = new List<KpiResult>(definitions.Count);
        foreach (var definition in definitions)
            results.Add(await ComputeAsync(definition, cancellationToken).ConfigureAwait(false));
        return new KpiSet(Context.Quarter, DateOnly.FromDateTime(Context.ReferenceInstant.UtcDateTime), Context.Filter, results);
    }

    private async Task<KpiResult> ComputeAsync(KpiDefinition definition, CancellationToken cancellationToken)
    {
        var keys = definition.Dimensions.Count;
        IReadOnlyList<KpiRow> rows = await connection.QueryAsync(definition.Sql(Context), r => new KpiRow(
                [.. Enumerable.Range(0, keys).Select(i => KeyText(r.GetValue(i)))],
                r.GetDecimalOrNull(keys) ?? 0m,
                r.GetCount(keys + 1)),
            cancellationToken).ConfigureAwait(false);
        if (definition.Finish is { } finish)
            rows = finish(Context, rows);
        if (definition.TotalSql is { } totalSql)
        {
            var total = await connection.ScalarAsync<decimal>(null, totalSql(Context), cancellationToken).ConfigureAwait(false);
            var rounded = TotalPreservingRounding.Round([.. rows.Select(r => r.Value)], total, definition.Decimals);
            rows = [.. rows.Select((row, i) => row with { Value = FixedDecimals.Round(rounded[i], definition.Decimals) })];
        }
        else
        {
            rows = [.. rows.Select(row => row with { Value = FixedDecimals.Round(row.Value, definition.Decimals) })];
        }
        return new KpiResult(definition, rows, await MissingAmountsAsync(definition, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>For a money KPI, the projects it counts and how many of them have no amount; null for other KPIs.</summary>
    private async Task<MissingAmounts?> MissingAmountsAsync(KpiDefinition definition, CancellationToken cancellationToken)
    {
        if (definition.Unit != KpiCatalogue.Eur)
            return null;
        var counts = await connection.QueryAsync(
            $"SELECT count(*), count(*) - count(p.funding_eur) FROM kpi_project p WHERE {(definition.AmountBasisSql ?? definition.ProjectsSql)(Context)}",
            r => new MissingAmounts(r.GetCount(0), r.GetCount(1)), cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    /// <summary>Key values as invariant text; timestamps as ISO 8601 UTC.</summary>
    internal static string KeyText(object value) => value switch
    {
        DBNull => "unknown",
        string text => text,
        DateTimeOffset instant => instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        DateTime time => DateTime.SpecifyKind(time.ToUniversalTime(), DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    public async ValueTask DisposeAsync()
    {
        try
        {
            foreach (var drop in KpiBaseSql.Drop)
                await connection.ExecuteAsync(null, drop, CancellationToken.None).ConfigureAwait(false);
        }
        catch (DbException)
        {
            // The connection is going away anyway; its temporary tables go with it.
        }
        await connection.DisposeAsync().ConfigureAwait(false);
    }
}
