using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Snapshots;

/// <summary>Snapshots freeze a quarter's numbers with their provenance; comparing two lists what changed.</summary>
public sealed class KpiSnapshotTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_snapshot_taken_twice_on_unchanged_data_is_identical(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var first = await warehouse.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);
        time.Advance(TimeSpan.FromHours(3));
        var second = await warehouse.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        Assert.Equal((1L, 2L), (first.Id, second.Id));
        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(SnapshotJson.Write(first.Content), SnapshotJson.Write(second.Content));
        Assert.Empty(SnapshotComparison.Compare(first, second));
        // It records what the numbers rest on.
        Assert.Equal(("m1", "ecb-test-1", "icpermed-pm-c1-c5/1"), (first.Provenance.ModelVersion, first.Provenance.ExchangeRates, first.Provenance.LabelScheme));
        Assert.Equal([("test", KpiFixture.HarvestedAt)], first.Provenance.Harvests.Select(h => (h.Source, h.FinishedAt)));
        // Read back, it is the same text and hash.
        var stored = (await warehouse.GetLatestSnapshotAsync(KpiFixture.Quarter, Ct))!;
        Assert.Equal((2L, first.ContentHash), (stored.Id, stored.ContentHash));
        Assert.Equal(SnapshotJson.Write(first.Content), SnapshotJson.Write(stored.Content));
        Assert.Equal(SnapshotJson.Hash(SnapshotJson.Write(stored.Provenance), SnapshotJson.Write(stored.Content)), stored.ContentHash);
        Assert.Equal(550_000m, stored.Content.Kpi("funding-per-challenge-apportioned")!.Rows.Sum(r => r.Value));
        // Live analytics from one set of base tables are what the snapshot froze.
        Assert.Equal(SnapshotJson.Write(first.Content),
            SnapshotJson.Write(await warehouse.ComputeAnalyticsAsync(KpiFixture.Quarter, Analytics.Kpis.KpiFilter.None, Ct)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task After_a_new_harvest_the_comparison_lists_the_change(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;
        var before = await warehouse.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        // A second source brings P7: DE, 70,000, starts 15 Aug 2026; an analyst labels it PM, challenge c4.
        time.Advance(TimeSpan.FromDays(1));
        await using (var session = await warehouse.BeginHarvestAsync("test2", "memory", Ct))
        {
            await session.AddProjectAsync(new Project
            {
                Source = "test2", SourceId = "P7", Title = "Project P7", StartDate = new(2026, 8, 15), EndDate = new(2028, 8, 14), FunderId = "EC",
                Funding = new Money(70_000m, "EUR", 70_000m, 1m, new(2026, 8, 15), "EUR (no conversion)"), LeadCountry = "DE",
                RawHash = RawRecordHash.Of("P7"), Origin = new RecordOrigin("fixture", 1),
            }, Ct);
            await session.CommitAsync(Ct);
        }
        await warehouse.AddOverrideAsync(new LabelOverride("test2", "P7", [true, false, false, false, true, false], "ana", "c4 market access"), Ct);
        var after = await warehouse.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        var changes = SnapshotComparison.Compare(before, after).Select(c => $"{c.Area} | {c.Item} | {c.What} | {c.Before} -> {c.After}").ToList();

        Assert.NotEqual(before.ContentHash, after.ContentHash);
        Assert.Contains("provenance | harvest of test2 | changed |  -> run 2 finished 2026-10-06 12:00:00Z", changes);
        Assert.Contains("kpi | new-pm-projects [this quarter / 2026Q3] | value | 2 -> 3", changes);
        Assert.Contains("kpi | funding-per-challenge [c4] | value | 0.00 -> 70000.00", changes);
        Assert.Contains("kpi | pm-funding-per-year [2026] | value | 500000.00 -> 570000.00", changes);
        Assert.Contains("country-gaps | DE c4 | filled | 0 -> 1", changes);
        Assert.Contains("funder-gaps | EC c4 | filled | 0 -> 1", changes);
        Assert.DoesNotContain(changes, c => c.StartsWith("kpi | median-grant-size", StringComparison.Ordinal) && !c.Contains("projects", StringComparison.Ordinal) && !c.Contains("value", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DuckDb_and_PostgreSQL_give_the_same_snapshot_of_the_same_data()
    {
        var (duck, _) = await KpiFixture.BuildAsync(TestStores.DuckDb, Ct);
        var (postgres, _) = await KpiFixture.BuildAsync(TestStores.Postgres, Ct);
        await using var _d = duck;
        await using var _p = postgres;

        var fromDuck = await duck.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);
        var fromPostgres = await postgres.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        // Every KPI row, gap cell (shares, p- and q-values included), trend point and forecast, as text.
        Assert.Equal(SnapshotJson.Write(fromDuck.Content), SnapshotJson.Write(fromPostgres.Content));
        Assert.Equal(fromDuck.ContentHash, fromPostgres.ContentHash);
    }
}
