using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace IcPerMed.Analytics.Classification.Training;

using CalibratedLinear = BinaryPredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>>;

/// <summary>Fits and scores one label's calibrated logistic regression. Single-threaded and seeded: same rows, same model.</summary>
internal static class LabelModel
{
    /// <summary>The fitted model, or null when the rows hold only one class (nothing to learn; callers decide what that means).</summary>
    public static CalibratedLinear? Fit(int seed, ClassifierCandidate candidate, IReadOnlyList<VBuffer<float>> features, IReadOnlyList<bool> labels, int dimension)
    {
        var positives = labels.Count(label => label);
        if (positives == 0 || positives == labels.Count)
            return null;
        var positiveWeight = candidate.BalanceClasses ? labels.Count / (2f * positives) : 1f;
        var negativeWeight = candidate.BalanceClasses ? labels.Count / (2f * (labels.Count - positives)) : 1f;
        var rows = features.Select((vector, i) => new FeatureRow { Features = vector, Label = labels[i], Weight = labels[i] ? positiveWeight : negativeWeight });
        // A fresh context per fit: the result then depends on the seed and the rows only, not on what ran before
        // (so folds and labels can be fitted in parallel and still reproduce).
        var context = new MLContext(seed);
        var data = context.Data.Cache(FeatureRows.Load(context, [.. rows], dimension));
        return candidate.Trainer switch
        {
            LinearTrainer.Sdca => context.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                NumberOfThreads = 1,
            }).Fit(data),
            LinearTrainer.Lbfgs => context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(FeatureRow.Label),
                FeatureColumnName = nameof(FeatureRow.Features),
                ExampleWeightColumnName = nameof(FeatureRow.Weight),
                L2Regularization = candidate.L2,
                L1Regularization = 0,
                NumberOfThreads = 1,
            }).Fit(data),
            _ => throw new ArgumentOutOfRangeException(nameof(candidate), candidate.Trainer, "unknown trainer"),
        };
    }

    /// <summary>Probabilities of <paramref name="features"/> under <paramref name="model"/>, in order.</summary>
    public static float[] Score(ITransformer model, IReadOnlyList<VBuffer<float>> features, int dimension)
    {
        var context = new MLContext(0);
        var scored = model.Transform(FeatureRows.Load(context, features.Select(vector => new FeatureRow { Features = vector }), dimension));
        return [.. scored.GetColumn<float>("Probability")];
    }
}
