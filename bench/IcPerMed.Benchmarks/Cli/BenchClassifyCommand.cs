using System.CommandLine;
using IcPerMed.Benchmarks.Classify;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench classify</c>: cross-validated quality, training time and predictions per second.</summary>
public static class BenchClassifyCommand
{
    public static Command Create()
    {
        var rows = new Option<int>("--rows") { Description = "Abstracts resampled from the labelled ones for the training and prediction timings.", DefaultValueFactory = _ => 50_000 };
        var work = new Option<string>("--work") { Description = "Folder for the folds file (for the scikit-learn baseline).", DefaultValueFactory = _ => "artifacts/bench" };
        var command = new Command("classify",
            "Cross-validated quality per label on the bundled labels (folds written for scripts/bench/sklearn_baseline.py), " +
            "training seconds on --rows resampled abstracts, predictions per second and peak memory.")
        { rows, work };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var result = await new ClassifierBenchmark(context.Logging.CreateLogger("bench"), context.Time)
                .RunAsync(parseResult.GetValue(rows), parseResult.GetValue(work)!, cancellationToken).ConfigureAwait(false);
            Console.WriteLine(result.CrossValidation.ToTable());
            Console.WriteLine(FormattableString.Invariant(
                $"""

                train, {result.CrossValidation.Rows:N0} labelled rows (4 candidates, 5-fold CV twice, final): {result.TrainSecondsAllRows:F1} s
                  of which the cross-validation (candidates sharing each fold's vocabulary and vectors): {result.SelectionSecondsShared:F1} s
                  the same cross-validation, each candidate on its own (baseline, same run, same folds): {result.SelectionSecondsAlone:F1} s; shared {result.SelectionSecondsShared / result.SelectionSecondsAlone:F2} x the time
                train, {result.ResampledRows:N0} resampled rows (chosen candidate, 5-fold CV twice, final): {result.TrainSecondsResampledWithCrossValidation:F1} s, of which final models {result.FinalModelSecondsResampled:F1} s
                predictions per second ({result.ResampledRows:N0} texts, top terms included): {result.PredictionsPerSecond:N0}
                the same model without its pm twin (baseline, same run): {result.PredictionsPerSecondWithoutTwin:N0}; with the twin {result.PredictionsPerSecond / result.PredictionsPerSecondWithoutTwin:F2} x as fast
                peak RSS {result.PeakRssBytes / 1_048_576} MB, peak .NET heap {result.PeakManagedBytes / 1_048_576} MB
                folds for the baseline: {result.FoldsFile}
                """));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
