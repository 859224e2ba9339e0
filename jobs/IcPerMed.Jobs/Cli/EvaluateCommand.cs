using System.CommandLine;
using IcPerMed.Analytics.Classification;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed evaluate [--baseline]</c> (issue 18): nested cross-validation and a held-out split no choice has seen, per
/// label with bootstrap 95 % intervals, for our classifier and optionally the scikit-learn baseline in the same run;
/// saved as &lt;models&gt;/evaluations/&lt;training-data hash&gt;.json for the Model page.
/// </summary>
public static class EvaluateCommand
{
    public const int BaselineUnavailable = 5;

    public static Command Create()
    {
        var labels = new Option<string?>("--labels") { Description = "Labels CSV (source,source_id,pm,c1..c5). Default: the bundled data/labels/train.csv." };
        var texts = new Option<string[]>("--texts") { Description = "Texts JSONL (.gz), repeatable. Default: the bundled data/abstracts/*.jsonl.gz." };
        var folds = new Option<int>("--folds") { Description = "Outer and inner folds of the nested cross-validation (default 5).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the held-out split, the folds, the models and the bootstrap (default 20240601, as train).", DefaultValueFactory = _ => new ClassifierOptions().Seed };
        var baseline = new Option<bool>("--baseline")
        {
            Description = $"Also run the scikit-learn baseline (words + chars) under the same protocol, with {SklearnBaseline.Python} (needs python3-sklearn: scripts/bench/install_sklearn.sh; exit code {BaselineUnavailable} when missing).",
        };
        var noOverrides = new Option<bool>("--no-overrides") { Description = "Leave the warehouse's analyst overrides out of the training set (train adds them, so by default the data is what train would train on)." };
        var learningCurve = new Option<bool>("--learning-curve")
        {
            Description = "Also measure the learning curve: the nested evaluation with every outer training part cut to 25, 50 and 75 % of its rows, and how many labels the fit says each goal of issue 18 needs (about twice the time).",
        };
        var format = new Option<string>("--format") { Description = "table (default) or json (the saved evaluation).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("evaluate",
            "Measure the classifier honestly: nested cross-validation (every choice made inside each training fold) and a 20 % held-out split no choice has seen, " +
            "per label with bootstrap 95 % intervals, optionally beside the scikit-learn baseline; saves the evaluation in <models>/evaluations/<training-data hash>.json.")
        {
            labels, texts, folds, seed, baseline, learningCurve, noOverrides, TrainCommand.Models, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            if (parseResult.GetValue(folds) < 2)
                throw new UsageException("--folds must be at least 2");
            var logger = context.Logging.CreateLogger("evaluate");
            var sklearn = parseResult.GetValue(baseline) ? SklearnBaseline.Locate() : null;
            try
            {
                if (sklearn is not null)
                    await sklearn.EnsureAvailableAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (BaselineUnavailableException error)
            {
                logger.LogError("{Message}", error.Message);
                await Console.Error.WriteLineAsync($"error: {error.Message}").ConfigureAwait(false);
                return BaselineUnavailable;
            }
            var workflow = new ClassifierWorkflow(logger, context.Time);
            await using var warehouse = parseResult.GetValue(noOverrides) ? null : await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var textFiles = parseResult.GetValue(texts) is { Length: > 0 } given ? given : ClassifierWorkflow.BundledTexts;
            var set = await workflow.LoadTrainingSetAsync(parseResult.GetValue(labels), textFiles, warehouse, cancellationToken).ConfigureAwait(false);
            var options = new ClassifierOptions { Folds = parseResult.GetValue(folds), Seed = parseResult.GetValue(seed) };
            var repository = context.Options<ClassificationOptions>().Models(parseResult.GetValue(TrainCommand.Models));
            var work = Path.Combine(repository.Root, "evaluations", set.Hash);
            var run = new HonestEvaluationRun(options, context.Time, message => logger.LogInformation("{Step}", message));
            var evaluation = await run.RunAsync(set, textFiles, sklearn, work, cancellationToken, parseResult.GetValue(learningCurve)).ConfigureAwait(false);
            var saved = evaluation.Save(repository.Root);
            Console.WriteLine(parseResult.GetValue(format) == "json" ? evaluation.ToJson() : EvaluationTable.Format(evaluation) + $"\nsaved in {saved}");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
