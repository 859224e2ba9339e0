using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Languages;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Tests.Classification.Languages;
using IcPerMed.Tests.Support;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// Six projects with real texts (Classification/Languages/Fixtures/language_texts.jsonl), each with one French
/// participant holding the whole grant, model scores chosen by hand (every threshold 0.5, challenge scores 0.1) and the
/// languages read by the real detector; the model reads English.
/// <code>
/// source id                text                                         call                 pm score  grant EUR   decision
/// anr    ANR-10-IBHU-0001  French title and abstract                    -                    0.90      1,000,000   language not supported (fr)
/// anr    ANR-15-RHUS-0004  French title and abstract                    ERA PerMed JTC2022   0.20        200,000   source signal: PM
/// anr    ANR-11-BINF-0005  French title, English abstract               -                    0.80        300,000   model: PM
/// anr    ANR-11-NANB-0002  French title only                            -                    0.70         50,000   insufficient text
/// test   101034347         CORDIS OPTIMA, half Italian, half English    -                    0.90        100,000   model: PM
/// test   1R03HD045129-01   NIH, English                                 -                    0.15         10,000   model: not PM
/// </code>
/// So PM funding in FR is 200,000 + 300,000 + 100,000 = 600,000; the French IHU abstract the English model would have
/// called PM (0.90) counts nowhere until an analyst decides.
/// </summary>
internal static class LanguageFixture
{
    public static readonly double[] Thresholds = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];

    private static readonly (string Source, string Id, bool TitleOnly, string? Call, double PmScore, decimal Grant)[] Rows =
    [
        ("anr", "ANR-10-IBHU-0001", false, null, 0.90, 1_000_000m),
        ("anr", "ANR-15-RHUS-0004", false, "ERA PerMed JTC2022", 0.20, 200_000m),
        ("anr", "ANR-11-BINF-0005", false, null, 0.80, 300_000m),
        ("anr", "ANR-11-NANB-0002", true, null, 0.70, 50_000m),
        ("test", "101034347", false, null, 0.90, 100_000m),
        ("test", "1R03HD045129-01", false, null, 0.15, 10_000m),
    ];

    public static async Task<Analytics.Warehouse.Warehouse> BuildAsync(string store, CancellationToken ct)
    {
        var warehouse = await TestStores.OpenNewAsync(store, ct);
        foreach (var source in Rows.Select(r => r.Source).Distinct())
        {
            await using var session = await warehouse.BeginHarvestAsync(source, "memory", ct);
            await session.AddFunderAsync(new Funder("EC", "European Commission", "EU"), ct);
            if (source == "anr")
                await session.AddProgrammeAsync(new ProgrammeEntry("ANR", ProgrammeKind.Call, "ERA PerMed JTC2022", "ERA PerMed", null, new RecordOrigin("calls.csv", 2))
                {
                    AllowsPm = "yes", PmScope = "Prevention in Personalised Medicine",
                }, ct);
            var paris = Records.Organisation("Université Paris Cité", "FR", source);
            await session.AddOrganisationAsync(paris, ct);
            foreach (var (row, line) in Rows.Select((row, i) => (row, i + 2)).Where(r => r.row.Source == source))
            {
                var text = RealTexts.Get(row.Id);
                await session.AddProjectAsync(Records.Project(row.Id, text.Title, row.Grant, line, source) with
                {
                    Abstract = row.TitleOnly ? null : text.Abstract, Topic = null, Call = row.Call,
                }, ct);
                await session.AddParticipationAsync(Records.Participation(row.Id, paris, "coordinator", row.Grant, line: line), ct);
            }
            await session.CommitAsync(ct);
        }
        await ClassifyAsync(warehouse, ct);
        return warehouse;
    }

    /// <summary>Registers model "m1" and stores, for every project, the hand-made scores decided by the rule on the real languages.</summary>
    private static async Task ClassifyAsync(Analytics.Warehouse.Warehouse warehouse, CancellationToken ct)
    {
        var texts = new List<ProjectText>();
        await foreach (var batch in warehouse.ReadProjectTextsAsync(100, ct))
            texts.AddRange(batch);
        var predictions = texts.Select(text =>
        {
            var pm = Rows.Single(r => r.Id == text.SourceId).PmScore;
            return new ProjectPrediction(text.Source, text.SourceId, "m1", [pm, 0.1, 0.1, 0.1, 0.1, 0.1], [pm >= 0.5, false, false, false, false, false], []);
        }).ToList();
        var rule = new DecisionRule(new ThinTextRule(), new LanguageRule(), ["en"]);
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using var writer = await warehouse.BeginPredictionsAsync("m1", ct);
        await writer.AddAsync(rule.Decide(texts, new ProjectLanguageDetector().Detect(texts, rule.NeedsLanguage), predictions, Thresholds), ct);
        await writer.CommitAsync(ct);
    }
}
