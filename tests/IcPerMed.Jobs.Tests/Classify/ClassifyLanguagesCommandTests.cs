using System.Text.Json.Nodes;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

/// <summary>
/// Texts in other languages are not read as English (issue 17), through the command line: a warehouse with two real ANR
/// projects classified with <c>classify --all</c> by the model the fixture trained on the bundled (English) labels.
/// </summary>
public sealed class ClassifyLanguagesCommandTests(TrainedModelFixture model) : IClassFixture<TrainedModelFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Train_says_which_languages_the_model_reads()
    {
        // The fixture trains on every positive and every third row of data/labels/train.csv: 713 of the 1,565 texts (counted
        // with Python's csv module), of which the function-word check of
        // tests/IcPerMed.Analytics.Tests/Classification/Languages/reference/ reads all as English (1,564 of the 1,565
        // bundled ones are) except CORDIS 101034347 (half Italian), which it holds and reads as Italian.
        Assert.Contains("Languages of the training texts: en 712, it 1 (713 texts read; supported: en)", model.TrainOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_project_is_language_not_supported_and_not_pm_after_classify_all()
    {
        var db = await BuildAsync();

        var classify = await IcPerMedProcess.RunAsync(Ct, "classify", "--all", "--models", model.Models, "--db", db);

        Assert.True(classify.ExitCode == 0, classify.Error);
        Assert.Contains("2 projects classified", classify.Output, StringComparison.Ordinal);
        Assert.Contains("1 language not supported (anr 1; the model reads en, counted as not PM)", classify.Output, StringComparison.Ordinal);
        await using (var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(db, TimeProvider.System, Ct))
        {
            var french = (await warehouse.GetClassificationAsync("anr", "ANR-10-COHO-0007", Ct))!;
            Assert.Equal(("language not supported", "fr", false), (french.DecidedBy, french.TextLanguage, french.Decisions![0]));
            var english = (await warehouse.GetClassificationAsync("anr", "ANR-10-EQPX-0003", Ct))!;
            // The English abstract on cancer genomics for personalised medicine: the model reads it and calls it PM (0.98).
            Assert.Equal(("model", "en", true), (english.DecidedBy, english.TextLanguage, english.Decisions![0]));
            // Every KPI counts the French project as not PM: PM funding in FR is the English-abstract project's 300,000, never
            // the French one's 1,000,000. (Read as English, the French cohort's words scored 0.62 for pm with this fixture's
            // model, above its threshold: the one of the 270 French ANR abstracts that would have been called PM.)
            var kpis = await warehouse.ComputeKpisAsync(new Quarter(2026, 3), KpiFilter.None, Ct);
            Assert.Equal(300_000m, kpis[KpiCatalogue.FundingPerCountry.Id].ValueOf("FR"));
        }

        var review = await IcPerMedProcess.RunAsync(Ct, "review", "--format", "json", "--db", db);
        Assert.True(review.ExitCode == 0, review.Error);
        var queued = JsonNode.Parse(review.Output)!.AsArray().Single(item => (string)item!["sourceId"]! == "ANR-10-COHO-0007")!;
        Assert.Equal("language not supported (fr)", (string)queued["reason"]!);

        var show = await IcPerMedProcess.RunAsync(Ct, "show", "anr", "ANR-10-COHO-0007", "--db", db);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("Decision: language not supported (fr): model", show.Output, StringComparison.Ordinal);

        var status = await IcPerMedProcess.RunAsync(Ct, "status", "--format", "json", "--db", db);
        Assert.True(status.ExitCode == 0, status.Error);
        Assert.Equal(1, (int)JsonNode.Parse(status.Output)!["anr"]!["language_not_supported"]!);
    }

    /// <summary>
    /// A new warehouse with ANR-10-COHO-0007 (a bladder cancer cohort, French title and abstract, EUR 1,000,000) and
    /// ANR-10-EQPX-0003 ("... pour une médecine personnalisée", French title over an English abstract, EUR 300,000), both
    /// led from FR, the texts cut from the real ANR workbook into the analytics tests' fixture.
    /// </summary>
    private static async Task<string> BuildAsync()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        var texts = File.ReadLines(TestPaths.Repo("tests/IcPerMed.Analytics.Tests/Classification/Languages/Fixtures/language_texts.jsonl"))
            .Select(line => JsonNode.Parse(line)!).ToDictionary(node => (string)node["source_id"]!);
        await using var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        await using var session = await warehouse.BeginHarvestAsync("anr", "memory", Ct);
        await session.AddFunderAsync(new Funder("ANR", "Agence nationale de la recherche", "FR"), Ct);
        var origin = new RecordOrigin("projets.xlsx", 2);
        foreach (var (id, grant) in new[] { ("ANR-10-COHO-0007", 1_000_000m), ("ANR-10-EQPX-0003", 300_000m) })
        {
            var start = new DateOnly(2024, 1, 1);
            await session.AddProjectAsync(new Project
            {
                Source = "anr", SourceId = id, Title = (string)texts[id]["title"]!, Abstract = (string)texts[id]["abstract"]!,
                StartDate = start, EndDate = new DateOnly(2027, 12, 31), FunderId = "ANR",
                Funding = new Money(grant, "EUR", grant, 1m, start, "EUR (no conversion)"), RawHash = RawRecordHash.Of(id), Origin = origin,
            }, Ct);
            await session.AddOrganisationAsync(new Organisation
            {
                Source = "anr", SourceId = id + "-lead", Name = "Lead of " + id, Country = "FR", RawHash = RawRecordHash.Of(id, "lead"), Origin = origin,
            }, Ct);
            await session.AddParticipationAsync(new Participation
            {
                Source = "anr", ProjectSourceId = id, OrganisationSourceId = id + "-lead", Role = "coordinator", Country = "FR", Order = 1,
                Contribution = new Money(grant, "EUR", grant, 1m, start, "EUR (no conversion)"), RawHash = RawRecordHash.Of(id, "lead", "p"), Origin = origin,
            }, Ct);
        }
        await session.CommitAsync(Ct);
        return db;
    }
}
