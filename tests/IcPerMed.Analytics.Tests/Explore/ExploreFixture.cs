using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Tests.Kpis;

namespace IcPerMed.Analytics.Tests.Explore;

/// <summary>
/// <see cref="KpiFixture"/>'s six projects (source "test", run 1) plus two of source "other" (run 2) with texts to search:
/// <code>
/// id  pm                          acronym  title                          abstract                             funder  start       grant   countries
/// X1  analyst override: pm, c4    PCT      Tumour 100% response           Genomic STRATIFICATION of patients   DFG     2023-03-01  20,000  NL (coordinator)
/// X2  unclassified (no model run) -        Cohort_study of 100 percent    Biobank samples                      -       2022-01-01  -       lead SE
/// </code>
/// Personalised medicine, then: P1 P2 P3 P4 P6 X1 (P5 is overridden to not PM, X2 is not classified).
/// </summary>
internal static class ExploreFixture
{
    public static async Task<Analytics.Warehouse.Warehouse> BuildAsync(string store, CancellationToken ct)
    {
        var (warehouse, _) = await KpiFixture.BuildAsync(store, ct);
        var origin = new RecordOrigin("other.csv", 1);
        await using (var session = await warehouse.BeginHarvestAsync("other", "memory", ct))
        {
            await session.AddFunderAsync(new Funder("DFG", "Deutsche Forschungsgemeinschaft", "DE"), ct);
            var start = new DateOnly(2023, 3, 1);
            await session.AddProjectAsync(new Project
            {
                Source = "other", SourceId = "X1", Acronym = "PCT", Title = "Tumour 100% response",
                Abstract = "Genomic STRATIFICATION of patients", StartDate = start, FunderId = "DFG",
                Funding = new Money(20_000m, "EUR", 20_000m, 1m, start, "EUR (no conversion)"),
                RawHash = RawRecordHash.Of("X1"), Origin = origin,
            }, ct);
            await session.AddOrganisationAsync(new Organisation
            {
                Source = "other", SourceId = "X1-org0", Name = "Radboudumc", Country = "NL", RawHash = RawRecordHash.Of("X1-org0"), Origin = origin,
            }, ct);
            await session.AddParticipationAsync(new Participation
            {
                Source = "other", ProjectSourceId = "X1", OrganisationSourceId = "X1-org0", Role = "coordinator", Country = "NL", Order = 1,
                Contribution = new Money(20_000m, "EUR", 20_000m, 1m, start, "EUR (no conversion)"),
                RawHash = RawRecordHash.Of("X1", "X1-org0"), Origin = origin,
            }, ct);
            await session.AddProjectAsync(new Project
            {
                Source = "other", SourceId = "X2", Title = "Cohort_study of 100 percent", Abstract = "Biobank samples",
                StartDate = new DateOnly(2022, 1, 1), LeadCountry = "SE", RawHash = RawRecordHash.Of("X2"), Origin = origin,
            }, ct);
            await session.CommitAsync(ct);
        }
        await warehouse.AddOverrideAsync(new LabelOverride("other", "X1", [true, false, false, false, true, false], "ana", "PM, c4"), ct);
        return warehouse;
    }
}
