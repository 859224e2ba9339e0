using IcPerMed.Analytics.Classification.Features;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>The NB-SVM twin of the pm model: the log-count ratios it rescales features by, and its calibrated model.</summary>
internal sealed record NbSvmMember(float[] Ratios, ITransformer Model);

/// <summary>
/// Trains the models that ship: the vocabulary of every row, one calibrated classifier per label, and the pm model's
/// NB-SVM twin. The twin is trained even where the selection kept pm to the model alone: the two members' disagreement
/// is what <c>review</c> orders by (issue 18).
/// </summary>
internal static class FinalModel
{
    /// <summary>Output column holding a label's probability in the scorer's output.</summary>
    public static string ProbabilityColumn(string label) => "Probability." + label;

    /// <summary>
    /// The feature space and one ML.NET chain scoring every label: for each label its prediction transformer, then a
    /// copy of "Probability" under <see cref="ProbabilityColumn"/> (the next label's transformer hides the column).
    /// </summary>
    public static (FeatureSpace Space, ITransformer Scorer, NbSvmMember PmTwin) Train(
        IReadOnlyList<LabelledProject> projects, ClassifierCandidate candidate, bool[] challengeOnPmRows, int seed, int parallelism,
        Action<string> progress, CancellationToken cancellationToken)
    {
        progress($"final model: vocabulary of {projects.Count} texts");
        var space = FeatureSpace.Fit([.. projects.Select(p => p.Text)], candidate.Features);
        var vectors = space.TransformAll([.. projects.Select(p => p.Text)], parallelism);
        var models = new ITransformer[LabelScheme.Labels.Count];
        var pmLabels = projects.Select(p => p.Labels[0]).ToArray();
        var ratios = NbSvm.Ratios(vectors, pmLabels, space.Dimension);
        ITransformer? twin = null;
        Parallel.For(0, models.Length + 1, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism), CancellationToken = cancellationToken }, label =>
        {
            if (label == models.Length)
            {
                progress("final model: pm, NB-SVM twin");
                twin = LabelModel.Fit(seed, candidate, NbSvm.RescaleAll(vectors, ratios), pmLabels, space.Dimension);
                return;
            }
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
        return (space, new TransformerChain<ITransformer>([.. chain]), new NbSvmMember(ratios, twin!));
    }
}
