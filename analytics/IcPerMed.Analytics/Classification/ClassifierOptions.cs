using IcPerMed.Analytics.Classification.Features;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// How <see cref="ClassifierTrainer"/> trains: the seed, the folds, the candidates cross-validation chooses from (by
/// macro-F1; the first wins a tie), whether challenge models may train on pm = 1 rows only, and how many folds run at
/// once (each fit is single-threaded and seeded on its own, so this changes the time, never the result).
/// </summary>
public sealed record ClassifierOptions
{
    /// <summary>Word 1-2-grams, log-count idf, min df 2, signals: the base the default candidates vary.</summary>
    public static FeatureSettings DefaultFeatures { get; } = new(WordNgrams: 2, Weighting: TermWeighting.LogCountIdf);

    public int Seed { get; init; } = 20240601;

    public int Folds { get; init; } = 5;

    /// <summary>
    /// Word unigrams and 1-2-grams, each with SDCA and L-BFGS: the four that came within noise of each other on
    /// data/labels/train.csv. Left out because they lost there: tf-idf (about 0.02 macro-F1 below log-count), unbalanced
    /// classes, min df 3; and character 3-5-grams: measured honestly (issue 18, docs/benchmarks.md) they lift challenge
    /// macro-F1 by about 0.03, but they featurise about ten times slower than words and their selection alone took 129 s
    /// on the bundled labels, past the targets (training under a minute, 50,000 texts under five, 20,000 predictions/s).
    /// Retraining can pass the one that won (<see cref="ForCandidate"/>).
    /// </summary>
    public IReadOnlyList<ClassifierCandidate> Candidates { get; init; } =
    [
        new(DefaultFeatures with { WordNgrams = 1 }, LinearTrainer.Sdca),
        new(DefaultFeatures with { WordNgrams = 1 }, LinearTrainer.Lbfgs),
        new(DefaultFeatures, LinearTrainer.Sdca),
        new(DefaultFeatures, LinearTrainer.Lbfgs),
    ];

    /// <summary>Try challenge models trained on pm = 1 rows only besides all rows, per label, and keep the better.</summary>
    public bool TryPmOnlyChallengeRows { get; init; } = true;

    /// <summary>
    /// Also score pm by the mean of the logistic regression and its NB-SVM twin (<see cref="Training.NbSvm"/>), and keep
    /// the mean where its out-of-fold pm F1 is higher (the single model on a tie).
    /// </summary>
    public bool TryPmEnsemble { get; init; } = true;

    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Options that cross-validate one candidate only.</summary>
    public static ClassifierOptions ForCandidate(ClassifierCandidate candidate, int seed = 20240601) =>
        new() { Candidates = [candidate], Seed = seed };
}
