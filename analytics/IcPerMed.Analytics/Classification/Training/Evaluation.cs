namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// A candidate's cross-validated report, the thresholds it chose, whether pm is the mean of the model and its NB-SVM twin
/// (<see cref="PmEnsemble"/>) and, per challenge, whether pm-only rows won.
/// </summary>
internal sealed record Evaluation(CrossValidationReport Report, double[] Thresholds, bool[] ChallengeOnPmRows, bool PmEnsemble = false)
{
    public const string AllRows = "all";
    public const string PmRows = "pm";

    /// <summary>What the pm row of a report says it was trained on when pm is the ensemble's mean.</summary>
    public const string AllRowsEnsemble = "all, lr + nb-svm";

    /// <summary>
    /// Thresholds on the out-of-fold scores: pm first, from the model alone or from the mean with its NB-SVM twin,
    /// whichever gives the higher F1 (the model alone on a tie); then each challenge with its scores masked where the pm
    /// decision is no (as at prediction time), trying all-rows and pm-only models and keeping the higher F1 (all rows on a
    /// tie).
    /// </summary>
    public static Evaluation Of(string configuration, FoldAssignment folds, OutOfFoldScores scores)
    {
        var projects = folds.Projects;
        var metrics = new List<LabelMetrics>();
        var thresholds = new double[LabelScheme.Labels.Count];
        var onPmRows = new bool[LabelScheme.Challenges.Count];

        var pmLabels = projects.Select(p => p.Labels[0]).ToArray();
        var pmScores = scores.Pm;
        var pm = DecisionThreshold.Choose(pmScores, pmLabels);
        var ensemble = false;
        if (scores.PmNbSvm is { } nbSvm)
        {
            var mean = EnsembleMean(scores.Pm, nbSvm);
            if (DecisionThreshold.Choose(mean, pmLabels) is { } averaged && averaged.F1 > pm.F1)
                (pm, pmScores, ensemble) = (averaged, mean, true);
        }
        thresholds[0] = pm.Threshold;
        metrics.Add(Metrics(LabelScheme.Pm, pm, ensemble ? AllRowsEnsemble : AllRows));
        var pmYes = pmScores.Select(score => score >= pm.Threshold).ToArray();

        for (var c = 0; c < LabelScheme.Challenges.Count; c++)
        {
            var labels = projects.Select(p => p.Labels[c + 1]).ToArray();
            var best = DecisionThreshold.Choose(Gated(scores.ChallengesAllRows[c], pmYes), labels);
            if (scores.ChallengesPmRows is { } pmRows && DecisionThreshold.Choose(Gated(pmRows[c], pmYes), labels) is { } pmOnly && pmOnly.F1 > best.F1)
            {
                best = pmOnly;
                onPmRows[c] = true;
            }
            thresholds[c + 1] = best.Threshold;
            metrics.Add(Metrics(LabelScheme.Challenges[c], best, onPmRows[c] ? PmRows : AllRows));
        }
        var report = new CrossValidationReport(configuration, folds.Count, projects.Count, metrics, metrics.Average(m => m.F1));
        return new Evaluation(report, thresholds, onPmRows, ensemble);
    }

    /// <summary>The ensemble's pm probability: the plain mean of its two members'.</summary>
    public static double[] EnsembleMean(IReadOnlyList<double> model, IReadOnlyList<double> nbSvm) =>
        [.. model.Select((score, i) => (score + nbSvm[i]) / 2)];

    private static double[] Gated(double[] scores, bool[] pmYes) =>
        [.. scores.Select((score, i) => pmYes[i] ? score : double.NegativeInfinity)];

    private static LabelMetrics Metrics(string label, ThresholdChoice choice, string trainedOn) =>
        new(label, choice.Positives, choice.Precision, choice.Recall, choice.F1, choice.Threshold, trainedOn);
}
