using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// Five hand-made projects the web tests read (quarter 2026Q3; harvest 2026-10-05 12:00 UTC):
/// <code>
/// id  pm  challenges  EUR      start       end         participants
/// W1  yes c2 c3       300,000  2026-07-15  2029-07-14  DE (coordinator), FR
/// W2  yes c3          100,000  2026-04-01  2027-03-31  DE
/// W3  no  -            50,000  2025-08-01  2026-12-31  NL          title with a script tag; insufficient text (9 words)
/// W4  yes c2          200,000  2025-02-01  2027-01-31  FR          funder name with markup
/// W5  no  -           100,000  2025-01-01  2027-12-31  -           French (ANR-10-COHO-0007's title): language not supported (fr)
/// </code>
/// Active PM projects in 2026Q3: W1, W2, W4 = 3; new PM projects in 2026Q3: W1 = 1. W3 is an abstention: its title and
/// abstract have 9 words, fewer than 50, so it is not PM although the model's score of the thin text is 0.7. W5 is the
/// other abstention (issue 17): its text is French, which the model was not trained on; it has no participants, so no
/// country's figure moves.
/// </summary>
internal static class DashboardData
{
    public static readonly Quarter Quarter = new(2026, 3);
    public static readonly DateTimeOffset HarvestedAt = new(2026, 10, 5, 12, 0, 0, TimeSpan.Zero);
    public const string ScriptTitle = "<script>alert('pwned')</script> tumour genomics";
    public const string FrenchTitle = "Cohorte prospective pour une étude intégrée des cancers de vessie";

    public static async Task<string> BuildAsync(string store, TimeProvider time, CancellationToken ct)
    {
        var location = await TestStores.NewLocationAsync(store, ct);
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(location, time, ct);
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", ct))
        {
            await session.AddFunderAsync(new Funder("EC", "European <b>Commission</b>", "EU"), ct);
            await AddAsync(session, "W1", "Precision oncology cohort", 300_000m, new(2026, 7, 15), new(2029, 7, 14), ct, "DE", "FR");
            await AddAsync(session, "W2", "Pharmacogenomics in primary care", 100_000m, new(2026, 4, 1), new(2027, 3, 31), ct, "DE");
            await AddAsync(session, "W3", ScriptTitle, 50_000m, new(2025, 8, 1), new(2026, 12, 31), ct, "NL");
            await AddAsync(session, "W4", "Patient data platform", 200_000m, new(2025, 2, 1), new(2027, 1, 31), ct, "FR");
            await AddAsync(session, "W5", FrenchTitle, 100_000m, new(2025, 1, 1), new(2027, 12, 31), ct);
            await session.CommitAsync(ct);
        }
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using (var writer = await warehouse.BeginPredictionsAsync("m1", ct))
        {
            await writer.AddAsync([Predict("W1", true, "c2", "c3") with { PmDisagreement = 0.35 }, Predict("W2", true, "c3"), Predict("W3", false) with
            {
                Scores = [0.7, 0.2, 0.2, 0.2, 0.2, 0.2], DecidedBy = ClassificationDecision.InsufficientText, TextWords = 9, MinimumWords = 50,
            }, Predict("W4", true, "c2"), Predict("W5", false) with
            {
                Scores = [0.62, 0.2, 0.2, 0.2, 0.2, 0.2], DecidedBy = ClassificationDecision.LanguageNotSupported, TextLanguage = "fr", ModelLanguageShare = 0,
            }], ct);
            await writer.CommitAsync(ct);
        }
        return location;
    }

    private static ProjectPrediction Predict(string id, bool pm, params string[] challenges) =>
        new("test", id, "m1", [pm ? 0.9 : 0.1, .. LabelScheme.Challenges.Select(c => challenges.Contains(c) ? 0.8 : 0.2)],
            [pm, .. LabelScheme.Challenges.Select(c => pm && challenges.Contains(c))], []);

    private static async Task AddAsync(Analytics.Warehouse.Harvest.HarvestSession sink, string id, string title, decimal grant,
        DateOnly start, DateOnly end, CancellationToken ct, params string[] countries)
    {
        var origin = new RecordOrigin("fixture", 1);
        await sink.AddProjectAsync(new Project
        {
            Source = "test", SourceId = id, Title = title, Abstract = "Abstract of " + id, StartDate = start, EndDate = end, FunderId = "EC",
            Funding = new Money(grant, "EUR", grant, 1m, start, "EUR (no conversion)"), RawHash = RawRecordHash.Of(id), Origin = origin,
        }, ct);
        for (var i = 0; i < countries.Length; i++)
        {
            var organisation = $"{id}-org{i}";
            await sink.AddOrganisationAsync(new Organisation
            {
                Source = "test", SourceId = organisation, Name = "Organisation " + organisation, Country = countries[i],
                RawHash = RawRecordHash.Of(organisation), Origin = origin,
            }, ct);
            await sink.AddParticipationAsync(new Participation
            {
                Source = "test", ProjectSourceId = id, OrganisationSourceId = organisation, Role = i == 0 ? "coordinator" : "participant",
                Country = countries[i], Order = i + 1, RawHash = RawRecordHash.Of(id, organisation), Origin = origin,
            }, ct);
        }
    }
}
