using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// Out-of-fold probabilities of one candidate, per project: pm, and each challenge from a model trained on all rows
/// and (when asked) on pm = 1 rows only, and (when asked) pm from the NB-SVM twin of the pm model. Each fold's vocabulary
/// and models see only the other folds.
/// </summary>
internal sealed class OutOfFoldScores
{
    private OutOfFoldScores(int rows, bool pmOnly, bool pmEnsemble)
    {
        Pm = new double[rows];
        PmNbSvm = pmEnsemble ? new double[rows] : null;
        ChallengesAllRows = [.. LabelScheme.Challenges.Select(_ => new double[rows])];
        ChallengesPmRows = pmOnly ? [.. LabelScheme.Challenges.Select(_ => new double[rows])] : null;
    }

    public double[] Pm { get; }

    /// <summary>pm from the NB-SVM member alone (the ensemble's pm score is the mean of this and <see cref="Pm"/>).</summary>
    public double[]? PmNbSvm { get; }

    public double[][] ChallengesAllRows { get; }

    public double[][]? ChallengesPmRows { get; }

    /// <param name="features">Each fold's vocabulary and vectors, shared with the other candidates of a selection (null: fitted here).</param>
    public static OutOfFoldScores Compute(
        FoldAssignment folds, ClassifierCandidate candidate, ClassifierOptions options, Action<string> progress, CancellationToken cancellationToken,
        FoldFeatureCache? features = null)
    {
        var projects = folds.Projects;
        var scores = new OutOfFoldScores(projects.Count, options.TryPmOnlyChallengeRows, options.TryPmEnsemble);
        Parallel.For(0, folds.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism), CancellationToken = cancellationToken }, fold =>
        {
            var train = folds.Members(fold, inFold: false);
            var test = folds.Members(fold, inFold: true);
            var (space, trainVectors, testVectors) = features?.Get(folds, fold, candidate.Features) ?? FoldFeatureCache.Fit(folds, fold, candidate.Features);
            var pmRows = Enumerable.Range(0, train.Length).Where(r => projects[train[r]].Labels[0]).ToArray();
            for (var label = 0; label < LabelScheme.Labels.Count; label++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress($"fold {fold + 1}/{folds.Count}, label {LabelScheme.Labels[label]}");
                var target = label == 0 ? scores.Pm : scores.ChallengesAllRows[label - 1];
                FitAndScore(Enumerable.Range(0, train.Length).ToArray(), label, target);
                if (label > 0 && scores.ChallengesPmRows is { } pmOnly)
                    FitAndScore(pmRows, label, pmOnly[label - 1]);
            }
            if (scores.PmNbSvm is { } nbSvm)
            {
                var ratios = NbSvm.Ratios(trainVectors, [.. train.Select(i => projects[i].Labels[0])], space.Dimension);
                FitAndScore(Enumerable.Range(0, train.Length).ToArray(), 0, nbSvm, NbSvm.RescaleAll(trainVectors, ratios), NbSvm.RescaleAll(testVectors, ratios));
            }

            void FitAndScore(int[] rows, int label, double[] target, VBuffer<float>[]? trainOn = null, VBuffer<float>[]? testOn = null)
            {
                trainOn ??= trainVectors;
                testOn ??= testVectors;
                var model = LabelModel.Fit(options.Seed, candidate, [.. rows.Select(r => trainOn[r])],
                    [.. rows.Select(r => projects[train[r]].Labels[label])], space.Dimension);
                // A fold whose training rows hold one class only (possible for rare labels on small sets) scores 0.
                var probabilities = model is null ? new float[test.Length] : LabelModel.Score(model, testOn, space.Dimension);
                for (var t = 0; t < test.Length; t++)
                    target[test[t]] = probabilities[t];
            }
        });
        return scores;
    }
}
