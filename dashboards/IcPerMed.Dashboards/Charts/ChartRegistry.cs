using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Every chart the product draws, once, keyed by its id and in the order the report shows them: web pages, the
/// /charts/{id}.svg endpoint, the report and the email all build charts through it, so a chart cannot be drawn one way
/// on a page and another in an email.
/// </summary>
public static class ChartRegistry
{
    /// <summary>One chart: its id (URLs, file names, content ids) and how it is drawn from a quarter's numbers.</summary>
    public sealed record Entry(string Id, Func<SnapshotContent, DashboardChart> Create);

    public static IReadOnlyList<Entry> Entries { get; } =
    [
        new(FundingPerYearChart.Id, FundingPerYearChart.Create),
        new(ChallengeTrendChart.Id, ChallengeTrendChart.Create),
        new(GapHeatmapChart.IdOf(GapDimension.Country), content => GapHeatmapChart.Create(content, GapDimension.Country)),
        new(GapHeatmapChart.IdOf(GapDimension.Funder), content => GapHeatmapChart.Create(content, GapDimension.Funder)),
        new(CountryRankingChart.Id, content => CountryRankingChart.Create(content)),
        new(FunderRankingChart.Id, content => FunderRankingChart.Create(content)),
        new(SourceFreshnessChart.Id, SourceFreshnessChart.Create),
    ];

    private static readonly Dictionary<string, Entry> ById = Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>The chart ids a page or /charts/{id}.svg may ask for.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. Entries.Select(e => e.Id)];

    public static bool Contains(string id) => ById.ContainsKey(id);

    /// <summary>Draws chart <paramref name="id"/> from <paramref name="content"/>.</summary>
    public static DashboardChart Create(string id, SnapshotContent content) =>
        ById.TryGetValue(id, out var entry) ? entry.Create(content)
            : throw new ArgumentOutOfRangeException(nameof(id), id, $"no such chart; charts: {string.Join(", ", Ids)}");

    /// <summary>Every chart of <paramref name="content"/>, in report order.</summary>
    public static IReadOnlyList<DashboardChart> All(SnapshotContent content) => [.. Entries.Select(e => e.Create(content))];
}
