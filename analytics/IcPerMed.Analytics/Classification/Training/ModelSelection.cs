using System.Diagnostics;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// Every choice training makes from labelled rows, in one place so training and the honest evaluation (issue 18) make
/// them alike: each candidate cross-validated on the given folds, the best macro-F1 (the first on a tie), its per-label
/// thresholds from its out-of-fold scores and, per challenge, whether the model trained on all rows or on pm rows won.
/// </summary>
internal sealed record ModelSelection(ClassifierCandidate Chosen, Evaluation Evaluation, IReadOnlyList<(ClassifierCandidate Candidate, Evaluation Evaluation)> Candidates)
{
    /// <summary>The chosen thresholds, in <see cref="LabelScheme.Labels"/> order.</summary>
    public IReadOnlyList<double> Thresholds => Evaluation.Thresholds;

    /// <summary>Whether pm is the mean of the model and its NB-SVM twin.</summary>
    public bool PmEnsemble => Evaluation.PmEnsemble;

    /// <summary>Per challenge (c1..c5), whether its model trains on pm = 1 rows only.</summary>
    public IReadOnlyList<bool> ChallengeOnPmRows => Evaluation.ChallengeOnPmRows;

    /// <summary>Cross-validates every candidate of <paramref name="options"/> on <paramref name="folds"/> and keeps the best.</summary>
    public static ModelSelection Choose(FoldAssignment folds, ClassifierOptions options, Action<string> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Candidates.Count == 0)
            throw new InvalidOperationException("the options hold no candidate configuration to train");
        var clock = Stopwatch.StartNew();
        var evaluations = new List<(ClassifierCandidate Candidate, Evaluation Evaluation)>();
        var features = new FoldFeatureCache();
        for (var c = 0; c < options.Candidates.Count; c++)
        {
            var candidate = options.Candidates[c];
            var evaluation = CrossValidate(folds, candidate, options, $"candidate {c + 1}/{options.Candidates.Count}", progress, cancellationToken, features);
            progress($"candidate {c + 1}/{options.Candidates.Count}: {candidate.Describe()}: macro-F1 {evaluation.Report.MacroF1:F3} ({clock.Elapsed.TotalSeconds:F1} s)");
            evaluations.Add((candidate, evaluation));
        }
        // MaxBy keeps the first of equal keys: the earlier candidate wins a tie.
        var (chosen, chosenEvaluation) = evaluations.MaxBy(e => e.Evaluation.Report.MacroF1);
        return new ModelSelection(chosen, chosenEvaluation, evaluations);
    }

    /// <summary>One candidate's out-of-fold scores on <paramref name="folds"/> and the thresholds chosen on them.</summary>
    public static Evaluation CrossValidate(FoldAssignment folds, ClassifierCandidate candidate, ClassifierOptions options, string stage,
        Action<string> progress, CancellationToken cancellationToken, FoldFeatureCache? features = null)
    {
        ArgumentNullException.ThrowIfNull(folds);
        ArgumentNullException.ThrowIfNull(candidate);
        var scores = OutOfFoldScores.Compute(folds, candidate, options, message => progress($"{stage}: {message}"), cancellationToken, features);
        return Evaluation.Of(candidate.Describe(), folds, scores);
    }
}
