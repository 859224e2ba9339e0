using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IcPerMed.Analytics.Tests.Kpis;

/// <summary>
/// Six hand-made projects whose KPI values are worked out by hand in the tests (quarter 2026Q3 = 1 Jul to 30 Sep 2026).
/// <code>
/// id  pm  challenges  grant EUR  funder  start       end         participants (country: contribution EUR)
/// P1  yes c2 c3       300,000    EC      2026-07-15  2029-07-14  DE 200,000 (coordinator), FR 100,000
/// P2  yes c3          100,000    DFG     2026-04-01  2027-03-31  DE 100,000
/// P3  yes none         50,000    DFG     2025-08-01  2026-01-31  none; lead country NL
/// P4  yes c1 c2 c5    100,000    EC      2026-09-30  (none)      FR (unknown), IT (unknown)
/// P5  model: pm c4, analyst override: not pm (so P5 counts nowhere)  1,000,000 EC 2026-08-01  DE
/// P6  yes c3          unknown    EC      2024-02-01  2026-12-31  ES (unknown)
/// </code>
/// The harvest finishes at 2026-10-05 12:00 UTC.
/// </summary>
internal static class KpiFixture
{
    public static readonly Quarter Quarter = new(2026, 3);
    public static readonly DateTimeOffset HarvestedAt = new(2026, 10, 5, 12, 0, 0, TimeSpan.Zero);

    public static async Task<(Analytics.Warehouse.Warehouse Warehouse, FakeTimeProvider Time)> BuildAsync(string store, CancellationToken ct)
    {
        var time = new FakeTimeProvider(HarvestedAt);
        var warehouse = await TestStores.OpenNewAsync(store, ct, time);
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", ct))
        {
            await session.AddFunderAsync(new Funder("EC", "European Commission", "EU"), ct);
            await session.AddFunderAsync(new Funder("DFG", "Deutsche Forschungsgemeinschaft", "DE"), ct);
            await AddAsync(session, "P1", 300_000m, "EC", new(2026, 7, 15), new(2029, 7, 14), null, ct, ("DE", 200_000m), ("FR", 100_000m));
            await AddAsync(session, "P2", 100_000m, "DFG", new(2026, 4, 1), new(2027, 3, 31), null, ct, ("DE", 100_000m));
            await AddAsync(session, "P3", 50_000m, "DFG", new(2025, 8, 1), new(2026, 1, 31), "NL", ct);
            await AddAsync(session, "P4", 100_000m, "EC", new(2026, 9, 30), null, null, ct, ("FR", null), ("IT", null));
            await AddAsync(session, "P5", 1_000_000m, "EC", new(2026, 8, 1), new(2028, 7, 31), null, ct, ("DE", 1_000_000m));
            await AddAsync(session, "P6", null, "EC", new(2024, 2, 1), new(2026, 12, 31), null, ct, ("ES", null));
            await session.CommitAsync(ct);
        }
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using (var writer = await warehouse.BeginPredictionsAsync("m1", ct))
        {
            await writer.AddAsync(
            [
                Predict("P1", true, "c2", "c3"), Predict("P2", true, "c3"), Predict("P3", true), Predict("P4", true, "c1", "c2", "c5"),
                Predict("P5", true, "c4"), Predict("P6", true, "c3"),
            ], ct);
            await writer.CommitAsync(ct);
        }
        await warehouse.AddOverrideAsync(new LabelOverride("test", "P5", [false, false, false, false, false, false], "ana", "not PM"), ct);
        return (warehouse, time);
    }

    public static ProjectPrediction Predict(string id, bool pm, params string[] challenges) =>
        new("test", id, "m1", [pm ? 0.9 : 0.1, .. LabelScheme.Challenges.Select(c => challenges.Contains(c) ? 0.8 : 0.2)],
            [pm, .. LabelScheme.Challenges.Select(c => pm && challenges.Contains(c))], []);

    private static async Task AddAsync(Analytics.Warehouse.Harvest.HarvestSession sink, string id, decimal? grant, string funder, DateOnly start, DateOnly? end,
        string? leadCountry, CancellationToken ct, params (string Country, decimal? Contribution)[] participants)
    {
        var origin = new RecordOrigin("fixture", 1);
        await sink.AddProjectAsync(new Project
        {
            Source = "test", SourceId = id, Title = "Project " + id, StartDate = start, EndDate = end, FunderId = funder,
            Funding = grant is { } g ? new Money(g, "EUR", g, 1m, start, "EUR (no conversion)") : null,
            LeadCountry = leadCountry, RawHash = RawRecordHash.Of(id), Origin = origin,
        }, ct);
        for (var i = 0; i < participants.Length; i++)
        {
            var (country, contribution) = participants[i];
            var organisation = id + "-org" + i;
            await sink.AddOrganisationAsync(new Organisation
            {
                Source = "test", SourceId = organisation, Name = "Organisation " + organisation, Country = country,
                RawHash = RawRecordHash.Of(organisation), Origin = origin,
            }, ct);
            await sink.AddParticipationAsync(new Participation
            {
                Source = "test", ProjectSourceId = id, OrganisationSourceId = organisation, Role = i == 0 ? "coordinator" : "participant",
                Country = country, Order = i + 1,
                Contribution = contribution is { } c ? new Money(c, "EUR", c, 1m, start, "EUR (no conversion)") : null,
                RawHash = RawRecordHash.Of(id, organisation), Origin = origin,
            }, ct);
        }
    }
}
