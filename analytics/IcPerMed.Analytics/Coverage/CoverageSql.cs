using System.Data.Common;
using System.Globalization;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Coverage;

/// <summary>Reads every source's projects per start quarter from the warehouse and derives the sources' coverage.</summary>
internal static class CoverageSql
{
    // Every stored project of the source counts, PM or not: coverage is about what the harvest holds. A NULL quarter
    // row carries the projects without a start date.
    private const string PerQuarter =
        """
        SELECT source, CAST(EXTRACT(year FROM start_date) AS INTEGER), CAST(EXTRACT(quarter FROM start_date) AS INTEGER), count(*)
        FROM project GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
        """;

    /// <summary>
    /// The coverage of every source (only those in <paramref name="sources"/> when it is not empty), and the quarters
    /// in which any of them has a project starting.
    /// </summary>
    public static async Task<(IReadOnlyList<SourceCoverage> Sources, IReadOnlySet<Quarter> QuartersWithProjects)> ReadAsync(
        DbConnection connection, IReadOnlyCollection<string> sources, CancellationToken cancellationToken)
    {
        var rows = await connection.QueryAsync(PerQuarter, r => (Source: r.GetString(0),
                Quarter: r.IsDBNull(1) ? (Quarter?)null : new Quarter(Int(r.GetValue(1)), Int(r.GetValue(2))), Projects: r.GetCount(3)),
            cancellationToken).ConfigureAwait(false);
        var kept = rows.Where(r => sources.Count == 0 || sources.Contains(r.Source)).ToList();
        var coverage = kept.GroupBy(r => r.Source).Select(g => CoverageRule.Derive(g.Key,
                [.. g.Where(r => r.Quarter is not null).Select(r => (r.Quarter!.Value, r.Projects))],
                g.Where(r => r.Quarter is null).Sum(r => r.Projects)))
            .OrderBy(c => c.Source, StringComparer.Ordinal).ToList();
        return (coverage, kept.Where(r => r.Quarter is not null).Select(r => r.Quarter!.Value).ToHashSet());
    }

    private static int Int(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
