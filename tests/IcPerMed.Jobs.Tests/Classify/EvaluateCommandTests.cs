using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

public sealed class EvaluateCommandTests(EvaluatedModelFixture evaluated) : IClassFixture<EvaluatedModelFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Labels = ["pm", "c1", "c2", "c3", "c4", "c5"];

    [Fact]
    public async Task Evaluate_help_names_every_option()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "evaluate", "--help");
        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--labels", "--texts", "--folds", "--seed", "--baseline", "--learning-curve", "--models", "--format", "--no-overrides" })
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("nested cross-validation", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_prints_both_systems_per_label_and_saves_the_evaluation_under_the_training_data_hash()
    {
        // Per label: positives (development / held out), then F1 [low-high] for ours and the baseline, nested and held out;
        // "no positives" where those rows hold none (an F1 of 0 would read as a model that missed them all).
        foreach (var label in Labels)
        {
            var line = Regex.Match(evaluated.Evaluation.Output, $@"(?m)^{label}\s+(\d+)/(\d+)(\s+([01]\.\d{{3}} \[[01]\.\d{{3}}-[01]\.\d{{3}}\]|no positives)){{4}}");
            Assert.True(line.Success, $"{label}: {evaluated.Evaluation.Output}");
            Assert.Equal((line.Groups[1].Value == "0" ? 2 : 0) + (line.Groups[2].Value == "0" ? 2 : 0), Regex.Count(line.Value, "no positives"));
        }
        Assert.Matches(@"(?m)^macro c1-5(\s+[01]\.\d{3} \[[01]\.\d{3}-[01]\.\d{3}\]){4}", evaluated.Evaluation.Output);

        // The positives of the table add up to the labels file's, counted here from the CSV.
        var rows = (await File.ReadAllLinesAsync(evaluated.Labels, Ct)).Skip(1).Select(line => line.Split(',')).ToList();
        for (var label = 0; label < Labels.Length; label++)
        {
            var match = Regex.Match(evaluated.Evaluation.Output, $@"(?m)^{Labels[label]}\s+(\d+)/(\d+)");
            Assert.Equal(rows.Count(r => r[label + 2] == "1"), int.Parse(match.Groups[1].Value) + int.Parse(match.Groups[2].Value));
        }

        var current = File.ReadAllText(Path.Combine(evaluated.Models, "current")).Trim();
        var hash = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(evaluated.Models, current, "metadata.json"), Ct))!["training_data_hash"]!.GetValue<string>();
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(evaluated.Models, "evaluations", hash + ".json"), Ct))!;
        Assert.Equal(hash, saved["training_data_hash"]!.GetValue<string>());
        Assert.Equal(2, saved["folds"]!.GetValue<int>());
        Assert.Equal(rows.Count, saved["development_rows"]!.GetValue<int>() + saved["held_out_rows"]!.GetValue<int>());
        // One choice per outer fold and one for the held-out rows.
        Assert.Equal(["0", "1", "holdout"], saved["ours"]!["choices"]!.AsArray().Select(c => c!["split"]!.GetValue<string>()));
        Assert.NotNull(saved["baseline"]);
        Assert.True(File.Exists(Path.Combine(evaluated.Models, "evaluations", hash, "decisions-baseline.csv")));
    }

    [Fact]
    public async Task The_learning_curve_grows_its_training_rows_and_says_what_each_goal_needs()
    {
        var current = File.ReadAllText(Path.Combine(evaluated.Models, "current")).Trim();
        var hash = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(evaluated.Models, current, "metadata.json"), Ct))!["training_data_hash"]!.GetValue<string>();
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(evaluated.Models, "evaluations", hash + ".json"), Ct))!;
        var points = saved["learning_curve"]!["points"]!.AsArray();

        Assert.Equal([0.25, 0.5, 0.75, 1.0], points.Select(p => p!["fraction"]!.GetValue<double>()));
        var rows = points.Select(p => p!["training_rows"]!.GetValue<int>()).ToList();
        Assert.Equal(rows.Order(), rows);
        // The last point is the nested evaluation itself: its pm F1 is the table's.
        Assert.Equal(saved["ours"]!["nested"]!["labels"]![0]!["f1"]!.GetValue<double>(), points[3]!["nested"]!["labels"]![0]!["f1"]!.GetValue<double>());
        // Every goal of issue 18 gets a line: reached, an estimate, or "does not rise".
        Assert.Equal(["pm", "c1", "c2", "c3", "c4", "c5", "macro c1-c5"],
            saved["learning_curve"]!["needed"]!.AsArray().Select(n => n!["label"]!.GetValue<string>()));
        Assert.Matches(@"(?m)^learning curve \(ours, nested; \d+ s\)", evaluated.Evaluation.Output);
        Assert.Matches(@"(?m)^pm: [01]\.\d{3}, goal 0\.92( reached| at about [\d,]+ training rows|: no estimate, (a point is at F1 0|the curve does not rise))", evaluated.Evaluation.Output);
    }

    [Fact]
    public async Task Evaluate_rejects_a_single_fold()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "evaluate", "--folds", "1", "--no-overrides", "--models", TestPaths.NewTempDirectory());
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--folds must be at least 2", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Train_says_how_each_labels_quality_moved_since_the_previous_model_optimistic_and_honest()
    {
        // A copy of the fixture's models folder: its current model and the honest evaluation of its training data.
        var models = TestPaths.NewTempDirectory();
        foreach (var file in Directory.EnumerateFiles(evaluated.Models, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(models, Path.GetRelativePath(evaluated.Models, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var before = File.ReadAllText(Path.Combine(models, "current")).Trim();
        var metadata = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(models, before, "metadata.json"), Ct))!;

        // The same labels again: the same training data, so both evaluations are the fixture's and nothing moves.
        var train = await IcPerMedProcess.RunAsync(Ct, "train", "--labels", evaluated.Labels, "--models", models,
            "--db", Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb"));

        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains($"Quality against the previous model {before} (157 labelled rows; now 157):", train.Output, StringComparison.Ordinal);
        var pmF1 = metadata["cross_validation"]!["labels"]!.AsArray().Single(l => l!["label"]!.GetValue<string>() == "pm")!["f1"]!.GetValue<double>();
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(Directory.EnumerateFiles(Path.Combine(models, "evaluations"), "*.json").Single(), Ct))!;
        var pmNested = saved["ours"]!["nested"]!["labels"]!.AsArray().Single(l => l!["label"]!.GetValue<string>() == "pm")!["f1"]!.GetValue<double>();
        Assert.Contains(FormattableString.Invariant($"pm     {pmF1:F3} -> {pmF1:F3} (0.000)   {pmNested:F3} -> {pmNested:F3} (0.000)"), train.Output, StringComparison.Ordinal);
    }
}
