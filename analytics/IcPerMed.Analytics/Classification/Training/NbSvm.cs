using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>
/// The NB-SVM rescaling (Wang and Manning 2012, "Baselines and bigrams"), the second member of the pm ensemble (issue 18):
/// each feature is scaled by its log-count ratio r = log((α + Σ positives' presence) / ‖·‖₁ ÷ (α + Σ negatives'
/// presence) / ‖·‖₁), α = 1, from the training rows only, and each row is scaled back to unit length; a logistic
/// regression on the rescaled rows is the member. It weighs words by how one-sided their use is, which the plain model
/// only learns slowly from few positives; averaged with it, pm F1 rose in every outer fold of the scikit-learn study
/// (docs/classifier-levers.md).
/// </summary>
internal static class NbSvm
{
    private const double Alpha = 1;

    /// <summary>The log-count ratio of every feature, from the training <paramref name="vectors"/> and their labels.</summary>
    public static float[] Ratios(IReadOnlyList<VBuffer<float>> vectors, IReadOnlyList<bool> labels, int dimension)
    {
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        var positive = new double[dimension];
        var negative = new double[dimension];
        for (var row = 0; row < vectors.Count; row++)
        {
            var counts = labels[row] ? positive : negative;
            var indices = vectors[row].GetIndices();
            var values = vectors[row].GetValues();
            for (var k = 0; k < values.Length; k++)
            {
                if (values[k] != 0)
                    counts[indices[k]]++;
            }
        }
        double positiveTotal = 0, negativeTotal = 0;
        for (var i = 0; i < dimension; i++)
        {
            positiveTotal += positive[i] + Alpha;
            negativeTotal += negative[i] + Alpha;
        }
        var ratios = new float[dimension];
        for (var i = 0; i < dimension; i++)
            ratios[i] = (float)Math.Log((positive[i] + Alpha) / positiveTotal / ((negative[i] + Alpha) / negativeTotal));
        return ratios;
    }

    /// <summary>A feature vector scaled by <paramref name="ratios"/>, at unit length (all zero stays all zero).</summary>
    public static VBuffer<float> Rescale(VBuffer<float> vector, IReadOnlyList<float> ratios)
    {
        var indices = vector.GetIndices();
        var values = vector.GetValues();
        var scaled = new float[values.Length];
        double norm = 0;
        for (var k = 0; k < values.Length; k++)
        {
            scaled[k] = values[k] * ratios[indices[k]];
            norm += (double)scaled[k] * scaled[k];
        }
        if (norm > 0)
        {
            var inverse = (float)(1 / Math.Sqrt(norm));
            for (var k = 0; k < scaled.Length; k++)
                scaled[k] *= inverse;
        }
        return new VBuffer<float>(vector.Length, values.Length, scaled, indices.ToArray());
    }

    public static VBuffer<float>[] RescaleAll(IReadOnlyList<VBuffer<float>> vectors, IReadOnlyList<float> ratios) =>
        [.. vectors.Select(vector => Rescale(vector, ratios))];
}
