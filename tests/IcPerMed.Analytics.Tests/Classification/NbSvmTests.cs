using IcPerMed.Analytics.Classification.Training;
using Microsoft.ML.Data;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class NbSvmTests
{
    // Three rows over three features: two positives (features 0+1, feature 0), one negative (features 1+2).
    private static readonly VBuffer<float>[] Rows =
    [
        new(3, 2, [0.6f, 0.8f], [0, 1]),
        new(3, 1, [1f], [0]),
        new(3, 2, [0.6f, 0.8f], [1, 2]),
    ];

    private static readonly bool[] Labels = [true, true, false];

    [Fact]
    public void Ratios_are_the_log_ratio_of_the_smoothed_presence_shares()
    {
        // By hand (Python): presence + 1 is (3, 2, 1) of 6 among positives and (1, 2, 2) of 5 among negatives, so
        // r = ln((3/6)/(1/5)), ln((2/6)/(2/5)), ln((1/6)/(2/5)) = 0.916291, -0.182322, -0.875469.
        var ratios = NbSvm.Ratios(Rows, Labels, 3);

        Assert.Equal([0.916291, -0.182322, -0.875469], ratios.Select(r => Math.Round(r, 6)));
    }

    [Fact]
    public void A_rescaled_row_is_scaled_by_the_ratios_and_back_to_unit_length()
    {
        var ratios = NbSvm.Ratios(Rows, Labels, 3);

        var rescaled = NbSvm.Rescale(Rows[0], ratios);

        // (0.6 × 0.916291, 0.8 × −0.182322) / its length = (0.966562, −0.256433), by hand.
        Assert.Equal([0, 1], rescaled.GetIndices().ToArray());
        Assert.Equal([0.966562, -0.256433], rescaled.GetValues().ToArray().Select(v => Math.Round(v, 6)));
        Assert.Equal(1.0, Math.Sqrt(rescaled.GetValues().ToArray().Sum(v => (double)v * v)), 6);
    }

    [Fact]
    public void An_empty_row_stays_empty()
    {
        var rescaled = NbSvm.Rescale(new VBuffer<float>(3, 0, [], []), NbSvm.Ratios(Rows, Labels, 3));

        Assert.Equal(0, rescaled.GetValues().Length);
        Assert.Equal(3, rescaled.Length);
    }
}

[Collection(nameof(TrainedModel))]
public sealed class PmTwinTests(TrainedModel trained)
{
    [Fact]
    public void The_twin_scored_from_its_weights_gives_ML_NET_s_own_probabilities()
    {
        // A twin trained on the real subset the way training does it; then every text scored twice: through ML.NET's
        // data view on the rescaled vectors, and by PmTwin's one pass over the unscaled vector.
        var texts = trained.Set.Projects.Select(p => p.Text).ToList();
        var labels = trained.Set.Projects.Select(p => p.Labels[0]).ToArray();
        var space = Analytics.Classification.Features.FeatureSpace.Fit(texts, TrainedModel.Options.Candidates[0].Features);
        var vectors = space.TransformAll(texts, 1);
        var ratios = NbSvm.Ratios(vectors, labels, space.Dimension);
        var model = LabelModel.Fit(11, TrainedModel.Options.Candidates[0], NbSvm.RescaleAll(vectors, ratios), labels, space.Dimension)!;

        var viaMlNet = LabelModel.Score(model, NbSvm.RescaleAll(vectors, ratios), space.Dimension);
        var twin = new Analytics.Classification.PmTwin(new NbSvmMember(ratios, model), space.Dimension);
        var direct = vectors.Select(v => twin.Probability(v, out _)).ToArray();

        Assert.All(Enumerable.Range(0, texts.Count), i => Assert.Equal(viaMlNet[i], direct[i], 5));
        Assert.Contains(direct, p => p > 0.5);
        Assert.Contains(direct, p => p < 0.5);
    }
}
