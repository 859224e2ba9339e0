namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>
/// Precision, recall and F1 per label from per-row truth and decisions, and bootstrap 95 % percentile intervals of F1
/// and of the challenge macro-F1: <see cref="Resamples"/> resamples of the rows with replacement, drawn by
/// <see cref="Random"/>(seed), so the same rows and seed give the same intervals, and two systems scored on the same rows
/// with the same seed are resampled alike (paired). Percentiles interpolate linearly, as numpy.percentile does by default.
/// </summary>
public static class BootstrapFigures
{
    public const int Resamples = 1000;

    public static SystemFigures Of(IReadOnlyList<IReadOnlyList<bool>> truth, IReadOnlyList<IReadOnlyList<bool>> decisions, int seed, int resamples = Resamples)
    {
        ArgumentNullException.ThrowIfNull(truth);
        ArgumentNullException.ThrowIfNull(decisions);
        if (truth.Count != decisions.Count)
            throw new ArgumentException($"{truth.Count} rows of truth but {decisions.Count} rows of decisions", nameof(decisions));
        var random = new Random(seed);
        var draws = Enumerable.Range(0, resamples).Select(_ => Enumerable.Range(0, truth.Count).Select(_ => random.Next(truth.Count)).ToArray()).ToList();
        return Of(truth, decisions, draws);
    }

    /// <summary>The figures with the resamples given (each an array of row indices): the bootstrap without its randomness, for checking by hand.</summary>
    public static SystemFigures Of(IReadOnlyList<IReadOnlyList<bool>> truth, IReadOnlyList<IReadOnlyList<bool>> decisions, IReadOnlyList<int[]> resamples)
    {
        ArgumentNullException.ThrowIfNull(resamples);
        var all = Enumerable.Range(0, truth.Count).ToArray();
        var point = LabelScheme.Labels.Select((_, label) => Counts(truth, decisions, all, label)).ToArray();
        var f1 = LabelScheme.Labels.Select(_ => new double[resamples.Count]).ToArray();
        var macro = new double[resamples.Count];
        for (var r = 0; r < resamples.Count; r++)
        {
            for (var label = 0; label < LabelScheme.Labels.Count; label++)
                f1[label][r] = Counts(truth, decisions, resamples[r], label).F1;
            macro[r] = Enumerable.Range(1, LabelScheme.Challenges.Count).Average(label => f1[label][r]);
        }
        var labels = LabelScheme.Labels.Select((name, label) => new LabelFigures(name, point[label].Positives, point[label].Predicted,
            point[label].TruePositives, point[label].Precision, point[label].Recall, point[label].F1, IntervalOf(f1[label]))).ToList();
        return new SystemFigures(truth.Count, labels, labels.Skip(1).Average(l => l.F1), IntervalOf(macro));
    }

    /// <summary>The <paramref name="percent"/>th percentile with linear interpolation between closest ranks (numpy's default).</summary>
    public static double Percentile(IReadOnlyList<double> values, double percent)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
            return double.NaN;
        var sorted = values.Order().ToArray();
        var position = percent / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(position);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
    }

    private static Interval IntervalOf(double[] values) => new(Percentile(values, 2.5), Percentile(values, 97.5));

    private static (int Positives, int Predicted, int TruePositives, double Precision, double Recall, double F1) Counts(
        IReadOnlyList<IReadOnlyList<bool>> truth, IReadOnlyList<IReadOnlyList<bool>> decisions, int[] rows, int label)
    {
        int positives = 0, predicted = 0, truePositives = 0;
        foreach (var row in rows)
        {
            var (isPositive, saidYes) = (truth[row][label], decisions[row][label]);
            positives += isPositive ? 1 : 0;
            predicted += saidYes ? 1 : 0;
            truePositives += isPositive && saidYes ? 1 : 0;
        }
        // Same convention as DecisionThreshold.At: a ratio with nothing to divide by is 0.
        var choice = DecisionThreshold.At(0, positives, truePositives, predicted - truePositives);
        return (positives, predicted, truePositives, choice.Precision, choice.Recall, choice.F1);
    }
}
