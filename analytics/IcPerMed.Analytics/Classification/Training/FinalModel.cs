using IcPerMed.Analytics.Classification.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>Trains the models that ship: the vocabulary of every row, then one calibrated classifier per label.</summary>
internal static class FinalModel
{
    /// <summary>Output column holding a label's probability in the scorer's output.</summary>
    public static string ProbabilityColumn(string label) => "Probability." + label;

    /// <summary>
    /// The feature space and one ML.NET chain scoring every label: for each label its prediction transformer, then a
    /// copy of "Probability" under <see cref="ProbabilityColumn"/> (the next label's transformer hides the column).
    /// </summary>
    public static (FeatureSpace Space, ITransformer Scorer) Train(
        IReadOnlyList<LabelledProject> projects, ClassifierCandidate candidate, bool[] challengeOnPmRows, int seed, int parallelism,
        Action<string> progress, CancellationToken cancellationToken)
    {
        progress($"final model: vocabulary of {projects.Count} texts");
        var space = FeatureSpace.Fit([.. projects.Select(p => p.Text)], candidate.Features);
        var vectors = space.TransformAll([.. projects.Select(p => p.Text)], parallelism);
        var models = new ITransformer[LabelScheme.Labels.Count];
        Parallel.For(0, models.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, label =>
        {
            progress($"final model: label {LabelScheme.Labels[label]}");
            var rows = Enumerable.Range(0, projects.Count).Where(i => label == 0 || !challengeOnPmRows[label - 1] || projects[i].Labels[0]).ToArray();
            models[label] = LabelModel.Fit(seed, candidate, [.. rows.Select(i => vectors[i])], [.. rows.Select(i => projects[i].Labels[label])], space.Dimension)
                ?? throw new InvalidOperationException(
                    $"label {LabelScheme.Labels[label]}: the training rows are all {(projects.Any(p => p.Labels[label]) ? "positive" : "negative")}; a model needs both");
        });

        var context = new MLContext(seed);
        var empty = FeatureRows.Load(context, [], space.Dimension);
        var chain = new List<ITransformer>();
        for (var label = 0; label < models.Length; label++)
        {
            chain.Add(models[label]);
            chain.Add(context.Transforms.CopyColumns(ProbabilityColumn(LabelScheme.Labels[label]), "Probability").Fit(models[label].Transform(empty)));
        }
        return (space, new TransformerChain<ITransformer>([.. chain]));
    }
}
