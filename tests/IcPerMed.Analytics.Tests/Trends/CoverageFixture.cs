using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;

namespace IcPerMed.Analytics.Tests.Trends;

/// <summary>
/// Two sources with a gap between them, every project PM unless said, one starting on the 15th of the quarter's middle month:
/// <code>
/// source  quarters           projects                    grant EUR                     challenges
/// early   2019Q1 .. 2020Q4   E0 .. E7 (one a quarter)    100,000 (E1, 2019Q2: none)    c1
/// late    2023Q1 .. 2026Q2   L0 .. L13 (one a quarter)   100,000 + 10,000 i            c2 (i even), c2 c3 (i odd)
/// late    2024Q1             LX, not PM                  5,000,000                     -
/// </code>
/// So early covers 2019Q1 – 2020Q4, late 2023Q1 – 2026Q2, and no source covers 2021Q1 – 2022Q4.
/// </summary>
internal static class CoverageFixture
{
    public sealed record Row(string Source, string Id, Quarter Quarter, decimal? Grant, bool Pm, string[] Challenges);

    public static IReadOnlyList<Row> Rows { get; } =
    [
        .. Enumerable.Range(0, 8).Select(i => new Row("early", $"E{i}", Quarter.FromIndex(new Quarter(2019, 1).Index + i),
            i == 1 ? null : 100_000m, true, ["c1"])),
        .. Enumerable.Range(0, 14).Select(i => new Row("late", $"L{i}", Quarter.FromIndex(new Quarter(2023, 1).Index + i),
            100_000m + 10_000m * i, true, i % 2 == 0 ? ["c2"] : ["c2", "c3"])),
        new Row("late", "LX", new Quarter(2024, 1), 5_000_000m, false, []),
    ];

    public static async Task<Analytics.Warehouse.Warehouse> BuildAsync(string store, CancellationToken ct)
    {
        var warehouse = await TestStores.OpenNewAsync(store, ct);
        foreach (var source in Rows.GroupBy(r => r.Source))
        {
            await using var session = await warehouse.BeginHarvestAsync(source.Key, "memory", ct);
            await session.AddFunderAsync(new Funder("EC", "European Commission", "EU"), ct);
            foreach (var row in source)
            {
                var start = row.Quarter.Start.AddMonths(1).AddDays(14);
                await session.AddProjectAsync(new Project
                {
                    Source = row.Source, SourceId = row.Id, Title = "Project " + row.Id, StartDate = start, EndDate = start.AddYears(2),
                    FunderId = "EC", LeadCountry = "DE", RawHash = RawRecordHash.Of(row.Id), Origin = new RecordOrigin("fixture", 1),
                    Funding = row.Grant is { } g ? new Money(g, "EUR", g, 1m, start, "EUR (no conversion)") : null,
                }, ct);
            }
            await session.CommitAsync(ct);
        }
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using (var writer = await warehouse.BeginPredictionsAsync("m1", ct))
        {
            await writer.AddAsync([.. Rows.Select(r => new ProjectPrediction(r.Source, r.Id, "m1",
                [r.Pm ? 0.9 : 0.1, .. LabelScheme.Challenges.Select(c => r.Challenges.Contains(c) ? 0.8 : 0.2)],
                [r.Pm, .. LabelScheme.Challenges.Select(c => r.Pm && r.Challenges.Contains(c))], []))], ct);
            await writer.CommitAsync(ct);
        }
        return warehouse;
    }
}
