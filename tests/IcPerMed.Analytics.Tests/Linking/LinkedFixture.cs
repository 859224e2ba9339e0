using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Linking;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace IcPerMed.Analytics.Tests.Linking;

/// <summary>
/// One project reported twice for one funder, one reported by two funders, and one alone, harvested from three
/// sources; all PM, quarter 2026Q3. Expected values are worked out by hand in the tests.
/// <code>
/// source      id                          funder  EUR        participants          model says
/// cordis      101000001                   EC      1,000,000  DE 600,000, NO 400,000  c2
/// nfr         101000001                   EC        400,000  NO 400,000              c3  (repeats CORDIS's NO part)
/// programmes  BMBF:JTC2020:ABC            BMBF      300,000  DE 300,000              c1  id:call-acronym "ERA PerMed JTC2020|ABC"
/// programmes  ANR:JTC2020:ABC             ANR       250,000  FR 250,000              c4  id:call-acronym "ERA PerMed JTC2020|ABC"
/// cordis      101000002                   EC        100,000  DE 100,000              c5
/// </code>
/// </summary>
internal static class LinkedFixture
{
    public static readonly Quarter Quarter = new(2026, 3);
    private static readonly DateOnly Start = new(2026, 7, 1);

    public static async Task<Analytics.Warehouse.Warehouse> BuildAsync(string store, CancellationToken ct)
    {
        var warehouse = await TestStores.OpenNewAsync(store, ct, new FakeTimeProvider(new DateTimeOffset(2026, 10, 5, 12, 0, 0, TimeSpan.Zero)));
        await using (var cordis = await warehouse.BeginHarvestAsync("cordis", "memory", ct))
        {
            await cordis.AddFunderAsync(new Funder("EC", "European Commission", "EU"), ct);
            await AddAsync(cordis, "101000001", "EC", 1_000_000m, null, ct, ("DE", 600_000m), ("NO", 400_000m));
            await AddAsync(cordis, "101000002", "EC", 100_000m, null, ct, ("DE", 100_000m));
            await cordis.CommitAsync(ct);
        }
        await using (var nfr = await warehouse.BeginHarvestAsync("nfr", "memory", ct))
        {
            await AddAsync(nfr, "101000001", "EC", 400_000m, null, ct, ("NO", 400_000m));
            await nfr.CommitAsync(ct);
        }
        await using (var programmes = await warehouse.BeginHarvestAsync("programmes", "memory", ct))
        {
            await programmes.AddFunderAsync(new Funder("BMBF", "Federal Ministry of Education and Research", "DE"), ct);
            await programmes.AddFunderAsync(new Funder("ANR", "Agence nationale de la recherche", "FR"), ct);
            await AddAsync(programmes, "BMBF:JTC2020:ABC", "BMBF", 300_000m, "ERA PerMed JTC2020|ABC", ct, ("DE", 300_000m));
            await AddAsync(programmes, "ANR:JTC2020:ABC", "ANR", 250_000m, "ERA PerMed JTC2020|ABC", ct, ("FR", 250_000m));
            await programmes.CommitAsync(ct);
        }
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using (var writer = await warehouse.BeginPredictionsAsync("m1", ct))
        {
            await writer.AddAsync(
            [
                Predict("cordis", "101000001", "c2"), Predict("nfr", "101000001", "c3"), Predict("programmes", "BMBF:JTC2020:ABC", "c1"),
                Predict("programmes", "ANR:JTC2020:ABC", "c4"), Predict("cordis", "101000002", "c5"),
            ], ct);
            await writer.CommitAsync(ct);
        }
        return warehouse;
    }

    private static ProjectPrediction Predict(string source, string id, string challenge) =>
        new(source, id, "m1", [0.9, .. LabelScheme.Challenges.Select(c => c == challenge ? 0.8 : 0.2)],
            [true, .. LabelScheme.Challenges.Select(c => c == challenge)], []);

    private static async Task AddAsync(HarvestSession sink, string id, string funder, decimal grant, string? callAcronym,
        CancellationToken ct, params (string Country, decimal Contribution)[] participants)
    {
        var origin = new RecordOrigin("fixture", 1);
        var source = sink.Source;
        await sink.AddProjectAsync(new Project
        {
            Source = source, SourceId = id, Title = $"{source} {id}", StartDate = Start, EndDate = Start.AddYears(3), FunderId = funder,
            Funding = new Money(grant, "EUR", grant, 1m, Start, "EUR (no conversion)"), RawHash = RawRecordHash.Of(source, id), Origin = origin,
        }, ct);
        if (callAcronym is not null)
            await sink.AddSubjectAsync(new ProjectSubject(source, id, LinkKey.SubjectPrefix + LinkKey.CallAcronym, callAcronym, null, null, origin), ct);
        for (var i = 0; i < participants.Length; i++)
        {
            var (country, contribution) = participants[i];
            var organisation = $"{id}-org{i}";
            await sink.AddOrganisationAsync(new Organisation
            {
                Source = source, SourceId = organisation, Name = "Organisation " + organisation, Country = country,
                RawHash = RawRecordHash.Of(organisation), Origin = origin,
            }, ct);
            await sink.AddParticipationAsync(new Participation
            {
                Source = source, ProjectSourceId = id, OrganisationSourceId = organisation, Role = i == 0 ? "coordinator" : "participant",
                Country = country, Order = i + 1, Contribution = new Money(contribution, "EUR", contribution, 1m, Start, "EUR (no conversion)"),
                RawHash = RawRecordHash.Of(source, id, organisation), Origin = origin,
            }, ct);
        }
    }
}
