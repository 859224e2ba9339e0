using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Tests.Kpis;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Snapshots;

/// <summary>
/// A warehouse without a snapshot of the previous quarter gets one reconstructed as the data stood at its end, so
/// change is always snapshot against snapshot (issue 15). Figures from <see cref="KpiFixture"/>'s table: PM projects
/// started by 30 Jun 2026 are P2 (EUR 100,000, DE, c3, DFG), P3 (EUR 50,000, NL, no challenge, DFG) and P6 (no amount,
/// ES, c3, EC); 2026Q3 adds P1 (EUR 300,000, c2 c3, DE 2/3 FR 1/3, EC) and P4 (EUR 100,000, c1 c2 c5, FR IT halves, EC).
/// </summary>
public sealed class SnapshotReconstructionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static decimal Total(KpiSnapshot snapshot, string kpi) => snapshot.Content.Kpi(kpi)!.Rows.Sum(r => r.Value);

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_fresh_warehouse_gets_the_previous_quarter_as_the_data_stood_at_its_end(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;

        var taken = await warehouse.TakeSnapshotWithPreviousAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        Assert.True(taken.PreviousReconstructed);
        Assert.Equal((new Quarter(2026, 2), 1L, new DateOnly(2026, 6, 30)), (taken.Previous.Quarter, taken.Previous.Id, taken.Previous.Provenance.AsOf));
        Assert.Equal((3m, 150_000m), (Total(taken.Previous, "pm-projects-per-year"), Total(taken.Previous, "pm-funding-per-year")));
        Assert.Equal((5m, 550_000m), (Total(taken.Snapshot, "pm-projects-per-year"), Total(taken.Snapshot, "pm-funding-per-year")));
        Assert.Null(taken.Snapshot.Provenance.AsOf);
        // Stored and listed as reconstructed, and named so.
        var listed = await warehouse.ListSnapshotsAsync(Ct);
        Assert.Equal([(1L, (DateOnly?)new DateOnly(2026, 6, 30)), (2L, null)], listed.Select(s => (s.Id, s.AsOf)));
        var stored = (await warehouse.GetLatestSnapshotAsync(new Quarter(2026, 2), Ct))!;
        Assert.Equal("snapshot 1 as of 2026-06-30, taken 2026-10-05", stored.Label());
        Assert.Equal(SnapshotJson.Hash(SnapshotJson.Write(stored.Provenance), SnapshotJson.Write(stored.Content)), stored.ContentHash);
        Assert.Equal("snapshot 2 of 2026-10-05", listed[1].Label());
        // Once the previous quarter has a snapshot, it is used, not reconstructed again.
        var again = await warehouse.TakeSnapshotWithPreviousAsync(KpiFixture.Quarter, "ecb-test-1", Ct);
        Assert.Equal((false, 1L, 3L), (again.PreviousReconstructed, again.Previous.Id, again.Snapshot.Id));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Changes_read_as_sentences_with_names_without_zero_lines_each_change_once(string store)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;
        var taken = await warehouse.TakeSnapshotWithPreviousAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        var changes = SnapshotChanges.Between(taken.Previous, taken.Snapshot);
        var texts = changes.Movers.Select(m => m.Text).ToList();

        // EC's money is all of the change (P1 + P4 = EUR 400,000 on 150,000), so it is said once, in the summary.
        Assert.Equal("Since 2026Q2 (snapshot 1 as of 2026-06-30, taken 2026-10-05): PM funding overall rose EUR 400,000, +267 %, " +
            "to EUR 550,000, all from European Commission; 5 PM projects against 3.", changes.Summary);
        Assert.Contains("PM funding in Germany rose EUR 200,000, +200 %, to EUR 300,000.", texts);
        Assert.Contains("PM funding for Translating Basic to Clinical Research and Beyond (c3) in Germany rose EUR 100,000, +100 %, to EUR 200,000.", texts);
        Assert.Contains("PM funding for Translating Basic to Clinical Research and Beyond (c3) rose EUR 150,000, +150 %, to EUR 250,000, all from European Commission.", texts);
        Assert.Contains("PM funding for Integrating Big Data and ICT Solutions (c2) rose from nothing to EUR 183,333, all from European Commission.", texts);
        Assert.Contains("PM funding in France rose from nothing to EUR 150,000.", texts);
        // By hand: DE, FR, IT, c1, c2, c3, c5, and the cells DE c2, DE c3, FR c1, FR c2, FR c3, FR c5, IT c1, IT c2, IT c5.
        Assert.Equal(16, texts.Count);
        // No zero lines: DFG, the Netherlands, Spain and 'no challenge' did not move.
        Assert.All(changes.Movers, m => Assert.True(Math.Abs(m.Change) >= 1m, m.Text));
        Assert.DoesNotContain(texts, t => t.Contains("Netherlands", StringComparison.Ordinal) || t.Contains("Spain", StringComparison.Ordinal)
            || t.Contains("Deutsche", StringComparison.Ordinal) || t.Contains("outside", StringComparison.Ordinal));
        // Each change once: EC's 183,333 in c2 is c2's, EC's 400,000 is the summary's.
        Assert.Equal(texts.Count, texts.Distinct().Count());
        Assert.Single(changes.Movers, m => Math.Round(m.Change) == 183_333m);
        Assert.DoesNotContain(changes.Movers, m => m.Change == 400_000m);
        // Names, not ids, and largest first.
        Assert.DoesNotContain(texts, t => System.Text.RegularExpressions.Regex.IsMatch(t, @"(^|[^(])c[1-5]\b|funding-per|\[|\bEC\b|\bDE\b"));
        Assert.Equal(changes.Movers.Select(m => Math.Abs(m.Change)).OrderDescending(), changes.Movers.Select(m => Math.Abs(m.Change)));
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task A_label_correction_after_the_snapshots_is_changed_since_them_not_growth(string store)
    {
        var (warehouse, time) = await KpiFixture.BuildAsync(store, Ct);
        await using var _w = warehouse;
        var taken = await warehouse.TakeSnapshotWithPreviousAsync(KpiFixture.Quarter, "ecb-test-1", Ct);
        var summary = SnapshotChanges.Between(taken.Previous, taken.Snapshot).Summary;
        Assert.Empty(await warehouse.GetCorrectionsSinceAsync(taken.Snapshot.TakenAt, 20, Ct));

        // An analyst finds that P5 (EUR 1,000,000, DE, started 1 Aug 2026) is PM after all, with challenge c4.
        time.Advance(TimeSpan.FromHours(2));
        await warehouse.AddOverrideAsync(new LabelOverride("test", "P5", [true, false, false, false, true, false], "ana", "PM after all"), Ct);

        // Live numbers move by the correction ...
        var live = await warehouse.ComputeAnalyticsAsync(KpiFixture.Quarter, Analytics.Kpis.KpiFilter.None, Ct);
        Assert.Equal(1_550_000m, live.Kpi("pm-funding-per-year")!.Rows.Sum(r => r.Value));
        // ... but the change since the previous quarter is still the two stored snapshots', and the correction is named
        // as made after the snapshot.
        var previous = (await warehouse.GetLatestSnapshotAsync(KpiFixture.Quarter.Previous, Ct))!;
        var current = (await warehouse.GetLatestSnapshotAsync(KpiFixture.Quarter, Ct))!;
        var changes = SnapshotChanges.Between(previous, current);
        Assert.Equal(summary, changes.Summary);
        Assert.DoesNotContain(changes.Movers, m => m.Text.Contains("Bringing Innovation", StringComparison.Ordinal));
        var corrections = await warehouse.GetCorrectionsSinceAsync(current.TakenAt, 20, Ct);
        var correction = Assert.Single(corrections);
        Assert.Equal(("P5", "Project P5", true, "ana"), (correction.SourceId, correction.Title, correction.Pm, correction.Analyst));
        Assert.Equal(["c4"], correction.Challenges);
        Assert.Equal(KpiFixture.HarvestedAt.AddHours(2), correction.CorrectedAt);
    }

    [Fact]
    public async Task Without_a_previous_snapshot_there_is_one_sentence_and_no_moves()
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(TestStores.DuckDb, Ct);
        await using var _w = warehouse;
        var snapshot = await warehouse.TakeSnapshotAsync(KpiFixture.Quarter, "ecb-test-1", Ct);

        var changes = SnapshotChanges.Between(null, snapshot);

        Assert.Equal("No snapshot of 2026Q2 to compare with; changes start next quarter.", changes.Summary);
        Assert.Empty(changes.Movers);
        Assert.Null(changes.Overall);
    }

    [Fact]
    public async Task Nothing_moved_says_why_when_no_project_starts_after_the_previous_quarter()
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(TestStores.DuckDb, Ct);
        await using var _w = warehouse;
        // 2026Q4 and its reconstructed 2026Q3: no fixture project starts after 30 Sep 2026 (P4 is the last, on that day).
        var taken = await warehouse.TakeSnapshotWithPreviousAsync(KpiFixture.Quarter.Next, "ecb-test-1", Ct);

        var changes = SnapshotChanges.Between(taken.Previous, taken.Snapshot);

        Assert.Empty(changes.Movers);
        Assert.Equal("Since 2026Q3 (snapshot 1 as of 2026-09-30, taken 2026-10-05): PM funding overall did not change (EUR 550,000); 5 PM projects, as before.",
            changes.Summary);
        Assert.Equal("No PM funding moved by challenge, country or funder: the newest PM project in the warehouse starts in 2026Q3, before 2026Q4.",
            changes.NothingMoved);
    }
}
