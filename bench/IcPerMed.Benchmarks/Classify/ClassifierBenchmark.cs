using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using IcPerMed.Analytics.Classification;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Benchmarks.Classify;

/// <summary>What <c>icpermed bench classify</c> measured.</summary>
public sealed record ClassifierBenchmarkResult(
    CrossValidationReport CrossValidation,
    double TrainSecondsAllRows,
    double SelectionSecondsShared,
    double SelectionSecondsAlone,
    int ResampledRows,
    double TrainSecondsResampledWithCrossValidation,
    double? FinalModelSecondsResampled,
    double PredictionsPerSecond,
    double PredictionsPerSecondWithoutTwin,
    long PeakRssBytes,
    long PeakManagedBytes,
    string FoldsFile);

/// <summary>
/// The classifier benchmark: cross-validated quality on the bundled labels (folds written out so the scikit-learn
/// baseline can use the same ones), training time on N abstracts resampled from the real ones, prediction throughput
/// on N texts, and peak memory.
/// </summary>
public sealed partial class ClassifierBenchmark(ILogger logger, TimeProvider time)
{
    public async Task<ClassifierBenchmarkResult> RunAsync(int rows, string workDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(workDirectory);
        var workflow = new ClassifierWorkflow(logger, time);
        var set = await workflow.LoadTrainingSetAsync(null, null, null, cancellationToken).ConfigureAwait(false);
        var progress = new Progress<string>(message => logger.LogInformation("{Step}", message));

        double? selectionShared = null;
        var trainProgress = new Progress<string>(message =>
        {
            logger.LogInformation("{Step}", message);
            if (SelectionTime().Match(message) is { Success: true } match)
                selectionShared = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        });
        var clock = Stopwatch.StartNew();
        var model = new ClassifierTrainer(time, trainProgress).Train(set, cancellationToken);
        var allRows = clock.Elapsed.TotalSeconds;
        var folds = Path.Combine(workDirectory, "folds.csv");
        var assignment = FoldAssignment.Create(set, model.Metadata.CrossValidation.Folds, model.Metadata.Seed);
        assignment.WriteCsv(folds);
        // Timed after the first training, so neither side pays the first run's JIT and model loading: the baseline, then
        // the same selection again with shared features (the figure the trainer reports).
        var selectionAlone = SelectionAloneSeconds(assignment, model.Metadata.Configuration, cancellationToken);
        selectionShared = null;
        _ = new ClassifierTrainer(time, trainProgress).Train(set, cancellationToken);

        var resampled = Resample(set.Projects, rows, model.Metadata.Seed);
        double? finalSeconds = null;
        var finalProgress = new Progress<string>(message =>
        {
            if (FinalModelTime().Match(message) is { Success: true } match)
                finalSeconds = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        });
        await using var memory = new PeakMemorySampler();
        clock.Restart();
        var big = new ClassifierTrainer(ClassifierOptions.ForCandidate(model.Metadata.Configuration, model.Metadata.Seed), time, finalProgress)
            .Train(TrainingSet.From(resampled), cancellationToken);
        var resampledSeconds = clock.Elapsed.TotalSeconds;

        var texts = resampled.Select(p => p.Text).ToList();
        var perSecond = PredictionsPerSecond(model, texts);
        var perSecondWithoutTwin = PredictionsPerSecond(WithoutTwin(model, workDirectory), texts);
        logger.LogInformation("Resampled model {Version}: {Rows} rows", big.Version, rows);
        return new ClassifierBenchmarkResult(model.Metadata.CrossValidation, allRows, selectionShared ?? double.NaN, selectionAlone, rows, resampledSeconds, finalSeconds, perSecond,
            perSecondWithoutTwin, memory.Peak, memory.PeakManaged, folds);
    }

    /// <summary>
    /// The baseline for the selection's time, same run, same folds: what training's cross-validation cost before the
    /// candidates shared each fold's vocabulary and vectors, i.e. every default candidate cross-validated on its own, then
    /// the chosen one without signals.
    /// </summary>
    private double SelectionAloneSeconds(FoldAssignment folds, ClassifierCandidate chosen, CancellationToken cancellationToken)
    {
        var trainer = new ClassifierTrainer(time);
        var clock = Stopwatch.StartNew();
        foreach (var candidate in new ClassifierOptions().Candidates)
            trainer.CrossValidate(folds, candidate, cancellationToken);
        if (chosen.Features.UseSignals)
            trainer.CrossValidate(folds, chosen.WithoutSignals(), cancellationToken);
        return clock.Elapsed.TotalSeconds;
    }

    private static double PredictionsPerSecond(PmClassifier model, List<ProjectText> texts)
    {
        _ = model.Predict(texts.Take(1_000).ToList());
        var clock = Stopwatch.StartNew();
        var predictions = model.Predict(texts);
        return predictions.Count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>The same model as a model saved before the twin existed reads it: pm from the model alone, no twin scored.</summary>
    private static PmClassifier WithoutTwin(PmClassifier model, string workDirectory)
    {
        var folder = Path.Combine(workDirectory, "model-without-twin");
        model.Save(folder);
        File.Delete(Path.Combine(folder, PmClassifier.PmTwinModelFile));
        File.Delete(Path.Combine(folder, PmClassifier.PmTwinRatiosFile));
        var metadata = Path.Combine(folder, PmClassifier.MetadataFile);
        File.WriteAllText(metadata, (model.Metadata with { PmEnsemble = false }).ToJson());
        return PmClassifier.Load(folder);
    }

    // Resampled with replacement and re-keyed, so the copies are distinct projects to the trainer.
    private static List<LabelledProject> Resample(IReadOnlyList<LabelledProject> projects, int rows, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, rows).Select(n =>
        {
            var original = projects[random.Next(projects.Count)];
            return original with { Text = original.Text with { Source = "resampled", SourceId = n.ToString(CultureInfo.InvariantCulture) } };
        })];
    }

    [GeneratedRegex(@"cross-validation done in ([\d.]+) s")]
    private static partial Regex SelectionTime();

    [GeneratedRegex(@"final models trained on \d+ rows in ([\d.]+) s")]
    private static partial Regex FinalModelTime();
}
