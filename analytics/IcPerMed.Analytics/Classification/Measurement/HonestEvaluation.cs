using System.Text.Json;

namespace IcPerMed.Analytics.Classification.Measurement;

/// <summary>What one selection chose, where: an outer fold ("0".."k-1") or the held-out part ("holdout").</summary>
public sealed record FoldChoice(string Split, string Candidate, IReadOnlyDictionary<string, double> Thresholds, IReadOnlyDictionary<string, string> ChallengeTrainingRows)
{
    /// <summary>Whether this split's selection made pm the mean of the model and its NB-SVM twin (false in files written before).</summary>
    public bool PmEnsemble { get; init; }
}

/// <summary>One system's honest figures: on the nested outer-test rows, on the held-out rows, what each selection chose, and the time taken.</summary>
public sealed record SystemEvaluation(string System, string Description, SystemFigures Nested, SystemFigures HeldOut, IReadOnlyList<FoldChoice> Choices, double Seconds);

/// <summary>
/// The honest measurement of a training set (issue 18, <c>icpermed evaluate</c>): nested cross-validation on the
/// development rows and a held-out split no choice has seen, for our classifier and (when run) the scikit-learn
/// baseline, scored by the same code. Saved as JSON beside the models, keyed by <see cref="TrainingDataHash"/>, so a
/// model's page can show the evaluation of exactly the data it was trained on.
/// </summary>
public sealed record HonestEvaluation(
    string TrainingDataHash,
    DateTimeOffset Created,
    string Protocol,
    int Seed,
    int Folds,
    double HoldoutShare,
    int Resamples,
    int DevelopmentRows,
    int HeldOutRows,
    SystemEvaluation Ours,
    SystemEvaluation? Baseline)
{
    /// <summary>Our learning curve, when <c>evaluate --learning-curve</c> measured it; null otherwise and in files written before.</summary>
    public LearningCurve? LearningCurve { get; init; }

    public string ToJson() => JsonSerializer.Serialize(this, ModelMetadata.JsonOptions);

    /// <exception cref="InvalidDataException">Not an evaluation.</exception>
    public static HonestEvaluation FromJson(string json)
    {
        try
        {
            var evaluation = JsonSerializer.Deserialize<HonestEvaluation>(json, ModelMetadata.JsonOptions);
            // System.Text.Json leaves missing members null: check what readers rely on.
            return evaluation is { TrainingDataHash: not null, Ours.Nested.Labels: not null, Ours.HeldOut.Labels: not null }
                ? evaluation : throw new InvalidDataException("not an evaluation: training_data_hash or our figures are missing");
        }
        catch (JsonException error)
        {
            throw new InvalidDataException($"not an evaluation: {error.Message}", error);
        }
    }

    /// <summary>Where the evaluation of <paramref name="trainingDataHash"/> lives under a models folder: evaluations/&lt;hash&gt;.json.</summary>
    public static string PathUnder(string modelsRoot, string trainingDataHash) => Path.Combine(modelsRoot, "evaluations", trainingDataHash + ".json");

    public string Save(string modelsRoot)
    {
        var path = PathUnder(modelsRoot, TrainingDataHash);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, ToJson() + "\n");
        return path;
    }

    /// <summary>The saved evaluation of <paramref name="trainingDataHash"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not an evaluation (the message names it).</exception>
    public static HonestEvaluation? Load(string modelsRoot, string trainingDataHash)
    {
        var path = PathUnder(modelsRoot, trainingDataHash);
        if (!File.Exists(path))
            return null;
        try
        {
            return FromJson(File.ReadAllText(path));
        }
        catch (InvalidDataException error)
        {
            throw new InvalidDataException($"{path}: {error.Message}", error);
        }
    }
}
