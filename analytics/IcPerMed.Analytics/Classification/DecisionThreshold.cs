namespace IcPerMed.Analytics.Classification;

/// <summary>A label's decision threshold and what it gives on the scores it was chosen on (a score ≥ threshold is a yes).</summary>
public sealed record ThresholdChoice(double Threshold, int Positives, int TruePositives, int FalsePositives, double Precision, double Recall, double F1);

/// <summary>Chooses a label's decision threshold on out-of-fold probabilities.</summary>
public static class DecisionThreshold
{
    /// <summary>
    /// The threshold, among the distinct finite scores, that maximises F1 of "score ≥ threshold"; on a tie the higher
    /// threshold wins (fewer, surer positives). A score of −∞ marks a row that can never be a yes (a challenge whose pm
    /// decision is no). With no true positive possible, the highest score is returned with F1 0.
    /// </summary>
    public static ThresholdChoice Choose(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count)
            throw new ArgumentException($"{scores.Count} scores but {labels.Count} labels", nameof(labels));
        var positives = labels.Count(label => label);
        var order = Enumerable.Range(0, scores.Count).Where(i => !double.IsNegativeInfinity(scores[i]))
            .OrderByDescending(i => scores[i]).ToArray();
        if (order.Length == 0)
            return new ThresholdChoice(double.PositiveInfinity, positives, 0, 0, 0, 0, 0);

        ThresholdChoice? best = null;
        int truePositives = 0, falsePositives = 0;
        for (var at = 0; at < order.Length;)
        {
            // Take every row tied at this score together: a threshold cannot split them.
            var threshold = scores[order[at]];
            for (; at < order.Length && scores[order[at]] == threshold; at++)
            {
                if (labels[order[at]])
                    truePositives++;
                else
                    falsePositives++;
            }
            var choice = At(threshold, positives, truePositives, falsePositives);
            if (best is null || choice.F1 > best.F1)
                best = choice;
        }
        return best!;
    }

    /// <summary>Precision, recall and F1 of a threshold that gives these counts.</summary>
    public static ThresholdChoice At(double threshold, int positives, int truePositives, int falsePositives)
    {
        var precision = truePositives + falsePositives == 0 ? 0 : (double)truePositives / (truePositives + falsePositives);
        var recall = positives == 0 ? 0 : (double)truePositives / positives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ThresholdChoice(threshold, positives, truePositives, falsePositives, precision, recall, f1);
    }
}
