using IcPerMed.Analytics.Classification.Features;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Trainers;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// A trained, versioned PM and challenge classifier: the vocabulary, one calibrated linear model per label (ML.NET),
/// the pm model's NB-SVM twin (<see cref="Training.NbSvm"/>: its mean with the pm model decides pm where training chose
/// so, and the two members' disagreement orders the review queue), the per-label thresholds and the metadata saying how
/// it was made. Made by <see cref="ClassifierTrainer"/> or
/// <see cref="Load"/>. <see cref="Predict"/> is thread-safe: the model is immutable and every call uses its own buffers.
/// </summary>
public sealed partial class PmClassifier
{
    private readonly MLContext context;
    private readonly FeatureSpace space;
    private readonly ITransformer scorer;
    private readonly double[] thresholds;
    private readonly float[][] weights;
    private readonly PmTwin? pmTwin;

    internal PmClassifier(ModelMetadata metadata, FeatureSpace space, ITransformer scorer, Training.NbSvmMember? pmTwin)
    {
        if (metadata.PmEnsemble && pmTwin is null)
            throw new InvalidDataException($"model {metadata.Version}: pm is the mean with its NB-SVM twin, but the twin is missing");
        Metadata = metadata;
        this.space = space;
        this.scorer = scorer;
        context = new MLContext(metadata.Seed);
        thresholds = [.. LabelScheme.Labels.Select(label => metadata.Thresholds.TryGetValue(label, out var t)
            ? t : throw new InvalidDataException($"metadata.json: thresholds: no threshold for label {label}"))];
        weights = LinearWeights(scorer, space.Dimension);
        this.pmTwin = pmTwin is null ? null : new PmTwin(pmTwin, space.Dimension);
    }

    public ModelMetadata Metadata { get; }

    public string Version => Metadata.Version;

    /// <summary>
    /// Each label's linear weights, read back from the ML.NET models (in label order: the chain holds one calibrated
    /// linear model per label), so a prediction can say which terms pushed its score.
    /// </summary>
    private static float[][] LinearWeights(ITransformer scorer, int dimension)
    {
        var predictors = ((IEnumerable<ITransformer>)scorer).OfType<ISingleFeaturePredictionTransformer<object>>().ToList();
        if (predictors.Count != LabelScheme.Labels.Count)
            throw new InvalidDataException($"model.zip holds {predictors.Count} label models, expected {LabelScheme.Labels.Count}");
        return [.. predictors.Select(predictor => Weights(predictor.Model, dimension))];
    }

    private static float[] Weights(object model, int dimension) =>
        DenseWeights(model is CalibratedModelParametersBase { SubModel: LinearBinaryModelParameters parameters }
            ? parameters : throw new InvalidDataException($"expected a calibrated linear model, found {model.GetType().Name}"), dimension);

    /// <summary>A linear model's weights as one array over the whole feature space (ML.NET may keep them sparse).</summary>
    internal static float[] DenseWeights(LinearBinaryModelParameters linear, int dimension)
    {
        var dense = new float[dimension];
        var i = 0;
        foreach (var weight in linear.Weights)
            dense[i++] = weight;
        return dense;
    }
}
