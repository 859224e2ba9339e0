using IcPerMed.Analytics.Classification.Features;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// Probabilities of the test rows from a candidate trained on the training rows only:
/// the vocabulary and every label's model as <see cref="FinalModel"/> would build them on those rows (challenge models on
/// pm rows where the selection said so, pm as the mean with its NB-SVM twin where it said so). What the honest evaluation
/// decides an outer test fold or the held-out rows with.
/// </summary>
internal static class SplitScores
{
    /// <returns>Per test row, the six probabilities in <see cref="LabelScheme.Labels"/> order.</returns>
    public static double[][] Compute(IReadOnlyList<LabelledProject> train, IReadOnlyList<LabelledProject> test, ClassifierCandidate candidate,
        IReadOnlyList<bool> challengeOnPmRows, bool pmEnsemble, int seed, int parallelism, CancellationToken cancellationToken)
    {
        var space = FeatureSpace.Fit([.. train.Select(p => p.Text)], candidate.Features);
        var trainVectors = space.TransformAll([.. train.Select(p => p.Text)], parallelism);
        var testVectors = space.TransformAll([.. test.Select(p => p.Text)], parallelism);
        var scores = test.Select(_ => new double[LabelScheme.Labels.Count]).ToArray();
        Parallel.For(0, LabelScheme.Labels.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, label =>
        {
            var rows = Enumerable.Range(0, train.Count).Where(i => label == 0 || !challengeOnPmRows[label - 1] || train[i].Labels[0]).ToArray();
            var model = LabelModel.Fit(seed, candidate, [.. rows.Select(i => trainVectors[i])], [.. rows.Select(i => train[i].Labels[label])], space.Dimension);
            // Training rows of one class only (a rare label in a tiny set): nothing learnt, every score 0, as out-of-fold.
            var probabilities = model is null ? new float[test.Count] : LabelModel.Score(model, testVectors, space.Dimension);
            for (var t = 0; t < test.Count; t++)
                scores[t][label] = probabilities[t];
        });
        if (pmEnsemble)
        {
            var labels = train.Select(p => p.Labels[0]).ToArray();
            var ratios = NbSvm.Ratios(trainVectors, labels, space.Dimension);
            var member = LabelModel.Fit(seed, candidate, NbSvm.RescaleAll(trainVectors, ratios), labels, space.Dimension);
            var probabilities = member is null ? new float[test.Count] : LabelModel.Score(member, NbSvm.RescaleAll(testVectors, ratios), space.Dimension);
            for (var t = 0; t < test.Count; t++)
                scores[t][0] = (scores[t][0] + probabilities[t]) / 2;
        }
        return scores;
    }

    /// <summary>Decisions as <see cref="PmClassifier.Predict"/> makes them: score ≥ threshold, challenges no where pm is no.</summary>
    public static bool[] Decide(IReadOnlyList<double> scores, IReadOnlyList<double> thresholds)
    {
        var decisions = new bool[scores.Count];
        for (var label = 0; label < scores.Count; label++)
            decisions[label] = scores[label] >= thresholds[label] && (label == 0 || decisions[0]);
        return decisions;
    }
}
