using System.Text.Json.Nodes;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

public sealed class ClassifyCommandTests(TrainedModelFixture model) : IClassFixture<TrainedModelFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Train_prints_the_cross_validated_table_for_every_label()
    {
        foreach (var label in new[] { "pm", "c1", "c2", "c3", "c4", "c5" })
            Assert.Matches($@"(?m)^{label}\s+\d+\s+0\.\d{{3}}\s+0\.\d{{3}}\s+0\.\d{{3}}", model.TrainOutput);
        Assert.Contains("macro-F1", model.TrainOutput);
        Assert.Contains("Without source signals", model.TrainOutput);
        var current = File.ReadAllText(Path.Combine(model.Models, "current")).Trim();
        Assert.True(File.Exists(Path.Combine(model.Models, current, "metadata.json")));
        Assert.True(File.Exists(Path.Combine(model.Models, current, "model.zip")));
    }

    [Fact]
    public async Task Classify_writes_the_csv_for_unseen_texts_and_bad_lines_to_a_side_file()
    {
        var folder = TestPaths.NewTempDirectory();
        var input = Path.Combine(folder, "in.jsonl");
        // Texts the model never saw: the CORDIS sample's own objectives, plus two bad lines.
        await File.WriteAllLinesAsync(input,
        [
            """{"source":"cordis","source_id":"1","title":"Stratified treatment of breast cancer guided by tumour genomics and predictive biomarkers","abstract":"We select therapy for each patient from the molecular profile of the tumour.","extra":{"ignored":true}}""",
            """{"source":"cordis","source_id":"2","title":"European sodium-ion batteries for stationary storage","abstract":"Non-lithium battery chemistry."}""",
            """{"source":"cordis","source_id":"3","title":"","abstract":""}""",
            "{not json",
        ], Ct);
        var output = Path.Combine(folder, "out.csv");

        var result = await IcPerMedProcess.RunAsync(Ct, "classify", "--input", input, "--output", output, "--models", model.Models);

        Assert.True(result.ExitCode == 0, result.Error);
        var rows = await File.ReadAllLinesAsync(output, Ct);
        Assert.Equal("source,source_id,pm,pm_score,c1,c2,c3,c4,c5,c1_score,c2_score,c3_score,c4_score,c5_score", rows[0]);
        Assert.Equal(3, rows.Length);
        var cells = rows.Skip(1).Select(r => r.Split(',')).ToList();
        Assert.All(cells, c => Assert.Equal(14, c.Length));
        Assert.All(cells, c => Assert.All(c[9..].Append(c[3]), s => Assert.InRange(double.Parse(s, System.Globalization.CultureInfo.InvariantCulture), 0, 1)));
        // Challenge decisions are 0 wherever pm is 0.
        Assert.All(cells.Where(c => c[2] == "0"), c => Assert.Equal(["0", "0", "0", "0", "0"], c[4..9]));
        Assert.True(double.Parse(cells[0][3], System.Globalization.CultureInfo.InvariantCulture) > double.Parse(cells[1][3], System.Globalization.CultureInfo.InvariantCulture));
        var errors = await File.ReadAllLinesAsync(output + ".errors.csv", Ct);
        Assert.Equal("file,line,source,source_id,error", errors[0]);
        Assert.Contains(",3,cordis,3,no text: title and abstract are both empty", errors[1]);
        Assert.Contains(",4,,,\"not a JSON object", errors[2]);
    }

    [Fact]
    public async Task Classify_all_stores_predictions_and_an_override_wins_in_the_warehouse()
    {
        var all = await IcPerMedProcess.RunAsync(Ct, "classify", "--all", "--models", model.Models, "--db", model.Db);
        Assert.True(all.ExitCode == 0, all.Error);
        Assert.Contains("1,022 projects classified", all.Output);
        // Two CORDIS objectives are too short to carry a decision (checked by hand in the sample's project.csv: 101213413
        // has 21 words of title and objective, 101194408 has 48); every other record has an objective and the model decides.
        Assert.Contains("2 insufficient text (cordis 2; minimum 50 words, counted as not PM)", all.Output);
        await using (var warehouse = await Analytics.Warehouse.Warehouse.OpenAsync(model.Db, TimeProvider.System, Ct))
        {
            var decided = (await warehouse.GetClassificationsAsync(Ct)).ToLookup(c => c.DecidedBy);
            Assert.Equal(["101194408", "101213413"], decided["insufficient text"].Select(c => c.SourceId).Order(StringComparer.Ordinal));
            Assert.Equal(1_020, decided["model"].Count());
        }
        var show = await IcPerMedProcess.RunAsync(Ct, "show", "cordis", "101213413", "--db", model.Db);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("Decision: insufficient text (21 words, minimum 50), counted as not PM", show.Output);

        var review = await IcPerMedProcess.RunAsync(Ct, "review", "--limit", "3", "--format", "json", "--db", model.Db);
        Assert.True(review.ExitCode == 0, review.Error);
        var queue = JsonNode.Parse(review.Output)!.AsArray();
        Assert.Equal(3, queue.Count);
        var first = queue[0]!;
        var label = await IcPerMedProcess.RunAsync(Ct, "label", (string)first["source"]!, (string)first["sourceId"]!,
            "--pm", "1", "--c4", "1", "--by", "wp5", "--reason", "test", "--db", model.Db);
        Assert.True(label.ExitCode == 0, label.Error);
        Assert.Contains("by wp5", label.Output);

        var after = JsonNode.Parse((await IcPerMedProcess.RunAsync(Ct, "review", "--limit", "3", "--format", "json", "--db", model.Db)).Output)!.AsArray();
        Assert.DoesNotContain(after, item => (string)item!["sourceId"]! == (string)first["sourceId"]!);

        // The next training run learns from the correction: one more labelled row than the labels file holds. A tenth of the
        // fixture's labels is enough to show it, in under half the CPU (9 s against 20 s; what is trained is not what is tested).
        var lines = await File.ReadAllLinesAsync(model.Labels, Ct);
        var tenthRows = lines.Skip(1).Where((_, i) => i % 10 == 0).ToList();
        var tenth = Path.Combine(model.Folder, "tenth-of-the-labels.csv");
        await File.WriteAllLinesAsync(tenth, [lines[0], .. tenthRows], Ct);
        var retrain = await IcPerMedProcess.RunAsync(Ct, "train", "--labels", tenth, "--models", Path.Combine(model.Folder, "retrained"), "--db", model.Db);
        Assert.True(retrain.ExitCode == 0, retrain.Error);
        Assert.Equal(tenthRows.Count + 1, RowsTrained(retrain.Output));
        Assert.Equal(lines.Length - 1, RowsTrained(model.TrainOutput));
    }

    private static int RowsTrained(string trainOutput) =>
        int.Parse(System.Text.RegularExpressions.Regex.Match(trainOutput, @"\((\d+) rows, 5-fold\)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Show_explains_a_stored_classification_with_probabilities_thresholds_and_terms()
    {
        Assert.Equal(0, (await IcPerMedProcess.RunAsync(Ct, "classify", "--all", "--models", model.Models, "--db", model.Db)).ExitCode);

        var show = await IcPerMedProcess.RunAsync(Ct, "show", "cordis", "101191725", "--db", model.Db);

        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("InFlaMe", show.Output);
        Assert.Contains("Decision: decided by", show.Output);
        Assert.Matches(@"pm Personalised medicine\s+│ [01]\s+│ 0\.\d{3}\s+│ 0\.\d{3}", show.Output);
        Assert.Matches(@"\w+ \([+-]\d\.\d{2}\)", show.Output);
        Assert.Contains("harvest run 1", show.Output);
        Assert.Contains("project.csv.gz line 2", show.Output);
    }

    [Fact]
    public async Task Label_refuses_a_challenge_without_pm_and_an_unknown_project()
    {
        var noPm = await IcPerMedProcess.RunAsync(Ct, "label", "cordis", "101191725", "--pm", "0", "--c3", "1", "--db", model.Db);
        Assert.Equal(2, noPm.ExitCode);
        Assert.Contains("give --pm 1", noPm.Error);
        var unknown = await IcPerMedProcess.RunAsync(Ct, "label", "cordis", "1", "--pm", "1", "--db", model.Db);
        Assert.Equal(3, unknown.ExitCode);
        Assert.Contains("no project cordis 1", unknown.Error);
    }
}
