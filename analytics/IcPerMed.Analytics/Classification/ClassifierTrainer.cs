using System.Diagnostics;
using IcPerMed.Analytics.Classification.Languages;
using IcPerMed.Analytics.Classification.Training;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Trains a <see cref="PmClassifier"/>: k-fold cross-validation of every candidate on a pm-stratified
/// <see cref="FoldAssignment"/>, the candidate with the best macro-F1, its per-label thresholds from the out-of-fold
/// probabilities (pm from the model alone or its mean with an NB-SVM twin, whichever scored higher), the same cross-validation without source signals (to show what they add), then the final models on
/// every row, and the languages of the training texts (the ones the model can read). Same seed and same data give the
/// same thresholds, figures, languages and predictions.
/// </summary>
public sealed class ClassifierTrainer(ClassifierOptions options, TimeProvider timeProvider, IProgress<string>? progress = null)
{
    public ClassifierTrainer(TimeProvider timeProvider, IProgress<string>? progress = null)
        : this(new ClassifierOptions(), timeProvider, progress)
    {
    }

    /// <exception cref="ArgumentException">The set is too small for the folds, or a label has no positive.</exception>
    public PmClassifier Train(TrainingSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (options.Candidates.Count == 0)
            throw new InvalidOperationException("the options hold no candidate configuration to train");
        if (set.Count < options.Folds * 2)
            throw new ArgumentException($"{set.Count} labelled projects are too few for {options.Folds}-fold cross-validation", nameof(set));
        var folds = FoldAssignment.Create(set, options.Folds, options.Seed);
        var clock = Stopwatch.StartNew();

        var selection = ModelSelection.Choose(folds, options, Report, cancellationToken);
        var (chosen, chosenEvaluation) = (selection.Chosen, selection.Evaluation);
        var withoutSignals = chosen.Features.UseSignals
            ? CrossValidate(folds, chosen.WithoutSignals(), "without signals", cancellationToken).Report
            : chosenEvaluation.Report;
        Report($"chosen: {chosen.Describe()}{(chosenEvaluation.PmEnsemble ? "; pm: mean with its NB-SVM twin" : "")}; cross-validation done in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var (space, scorer, pmTwin) = FinalModel.Train(set.Projects, chosen, chosenEvaluation.ChallengeOnPmRows, options.Seed, options.Parallelism, Report, cancellationToken);
        Report($"final models trained on {set.Count} rows in {clock.Elapsed.TotalSeconds:F1} s");

        clock.Restart();
        var languages = TrainingLanguages.Measure([.. set.Projects.Select(p => p.Text)], new ProjectLanguageDetector(), options.Seed);
        Report($"languages of the training texts: {languages.Describe()} ({clock.Elapsed.TotalSeconds:F1} s)");

        var created = timeProvider.GetUtcNow();
        var metadata = new ModelMetadata(
            ModelMetadata.VersionOf(created, set.Hash),
            created,
            set.Hash,
            LabelScheme.Version,
            options.Seed,
            set.Count,
            space.Dimension,
            LabelScheme.Labels.Select((label, i) => (label, chosenEvaluation.Thresholds[i])).ToDictionary(p => p.label, p => p.Item2),
            chosen,
            LabelScheme.Challenges.Select((label, i) => (label, chosenEvaluation.ChallengeOnPmRows[i] ? Evaluation.PmRows : Evaluation.AllRows))
                .ToDictionary(p => p.label, p => p.Item2),
            chosenEvaluation.Report,
            withoutSignals,
            [.. selection.Candidates.Select(e => new CandidateScore(e.Candidate.Describe(), e.Evaluation.Report.MacroF1))])
        {
            Languages = languages,
            PmEnsemble = chosenEvaluation.PmEnsemble,
        };
        return new PmClassifier(metadata, space, scorer, pmTwin);
    }

    /// <summary>Cross-validated figures of one candidate on these folds (thresholds chosen on its out-of-fold scores).</summary>
    public CrossValidationReport CrossValidate(FoldAssignment folds, ClassifierCandidate candidate, CancellationToken cancellationToken = default) =>
        CrossValidate(folds, candidate, "cross-validation", cancellationToken).Report;

    private Evaluation CrossValidate(FoldAssignment folds, ClassifierCandidate candidate, string stage, CancellationToken cancellationToken) =>
        ModelSelection.CrossValidate(folds, candidate, options, stage, Report, cancellationToken);

    private void Report(string message) => progress?.Report(message);
}
