using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Model;
using IcPerMed.Tests.Support;

namespace IcPerMed.Analytics.Tests.Warehouse;

/// <summary>
/// Six projects, each with one Norwegian participant holding the whole grant, and model scores chosen by hand (every
/// threshold 0.5). Only "full" has an abstract (4 + 56 = 60 words); the rest are titles only.
/// <code>
/// id      text           call or topic                                    model pm score  grant EUR   decision
/// full    60 words       -                                                 0.90            100,000     model: PM
/// title   11-word title  -                                                 0.95          2,600,000     insufficient text
/// topic   title          topic DT-TDS-04-2020 "AI for Genomics and Personalised Medicine"  0.30  300,000  source signal: PM
/// call    title          call ERA PerMed JTC2022, allows_pm yes, scope "Prevention in Personalised Medicine"  0.60  50,000  source signal: PM
/// health  title          topic SC1-BHC-14-2019 "Stratified host-directed approaches ..."  0.55  700,000  insufficient text
/// low     title          -                                                 0.10             10,000     insufficient text
/// </code>
/// So PM funding in NO is 100,000 + 300,000 + 50,000 = 450,000 (it was 3,760,000 when the model decided every title alone,
/// scores 0.5 or more: full, title, call, health).
/// </summary>
internal static class ThinTextFixture
{
    public static readonly double[] Thresholds = [0.5, 0.5, 0.5, 0.5, 0.5, 0.5];

    public const string ArcticTitle = "A Genetic View into Past Sea Ice Variability in the Arctic";

    public static readonly string LongAbstract = string.Join(" ", Enumerable.Range(1, 56).Select(i => i % 2 == 0 ? "biomarker" : "patients"));

    private static readonly (string Id, string Title, string? Abstract, string? Topic, string? Call, double PmScore, decimal Grant)[] Rows =
    [
        ("full", "Stratified breast cancer therapy", LongAbstract, null, null, 0.90, 100_000m),
        ("title", ArcticTitle, null, null, null, 0.95, 2_600_000m),
        ("topic", "Pancreatic cancer AI for genomics", null, "DT-TDS-04-2020", null, 0.30, 300_000m),
        ("call", "Prevention of cardiovascular disease", null, null, "ERA PerMed JTC2022", 0.60, 50_000m),
        ("health", "Host-directed therapy of tuberculosis", null, "SC1-BHC-14-2019", null, 0.55, 700_000m),
        ("low", "Forest genetic resources", null, null, null, 0.10, 10_000m),
    ];

    public static async Task<Analytics.Warehouse.Warehouse> BuildAsync(string store, CancellationToken ct, bool classify = true)
    {
        var warehouse = await TestStores.OpenNewAsync(store, ct);
        await using (var session = await warehouse.BeginHarvestAsync("test", "memory", ct))
        {
            await session.AddFunderAsync(new Funder("EC", "European Commission", "EU"), ct);
            var origin = new RecordOrigin("topics.csv", 2);
            await session.AddProgrammeAsync(new ProgrammeEntry("EC", ProgrammeKind.Topic, "DT-TDS-04-2020", "AI for Genomics and Personalised Medicine", null, origin), ct);
            await session.AddProgrammeAsync(new ProgrammeEntry("EC", ProgrammeKind.Topic, "SC1-BHC-14-2019",
                "Stratified host-directed approaches to improve prevention, treatment and/or cure of infectious diseases", null, origin), ct);
            await session.AddProgrammeAsync(new ProgrammeEntry("ANR", ProgrammeKind.Call, "ERA PerMed JTC2022", "ERA PerMed", null, origin)
            {
                AllowsPm = "yes", PmScope = "Prevention in Personalised Medicine",
            }, ct);
            var oslo = Records.Organisation("Universitetet i Oslo", "NO");
            await session.AddOrganisationAsync(oslo, ct);
            foreach (var (row, line) in Rows.Select((row, i) => (row, i + 2)))
            {
                await session.AddProjectAsync(Records.Project(row.Id, row.Title, row.Grant, line) with
                {
                    Abstract = row.Abstract, Topic = row.Topic, Call = row.Call,
                }, ct);
                await session.AddParticipationAsync(Records.Participation(row.Id, oslo, "coordinator", row.Grant, line: line), ct);
            }
            await session.CommitAsync(ct);
        }
        if (classify)
            await ClassifyAsync(warehouse, ct);
        return warehouse;
    }

    /// <summary>Registers model "m1" and stores, for every project, the hand-made scores decided by the thin-text rule.</summary>
    public static async Task ClassifyAsync(Analytics.Warehouse.Warehouse warehouse, CancellationToken ct)
    {
        var texts = new List<ProjectText>();
        await foreach (var batch in warehouse.ReadProjectTextsAsync(100, ct))
            texts.AddRange(batch);
        var predictions = texts.Select(text =>
        {
            var pm = Rows.Single(r => r.Id == text.SourceId).PmScore;
            double[] scores = [pm, 0.8, 0.1, 0.1, 0.1, 0.1];
            return new ProjectPrediction(text.Source, text.SourceId, "m1", scores, [pm >= 0.5, pm >= 0.5, false, false, false, false], []);
        }).ToList();
        await warehouse.RegisterModelAsync(new ModelRegistration("m1", DateTimeOffset.UnixEpoch, "hash", LabelScheme.Version, "{}"), ct);
        await using var writer = await warehouse.BeginPredictionsAsync("m1", ct);
        await writer.AddAsync(new ThinTextRule().Decide(texts, predictions, Thresholds), ct);
        await writer.CommitAsync(ct);
    }
}
