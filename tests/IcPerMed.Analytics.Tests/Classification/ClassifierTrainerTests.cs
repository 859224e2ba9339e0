using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

[Collection(nameof(TrainedModel))]
public sealed class ClassifierTrainerTests(TrainedModel trained)
{
    [Fact]
    public void Training_twice_with_one_seed_gives_the_same_metadata_and_the_same_scores()
    {
        var again = TrainedModel.Train(trained.Set);

        Assert.Equal(trained.Model.Metadata.ToJson(), again.Metadata.ToJson());
        var texts = trained.Set.Projects.Take(60).Select(p => p.Text).ToList();
        Assert.Equal(Scores(trained.Model.Predict(texts)), Scores(again.Predict(texts)));
    }

    [Fact]
    public void The_metadata_names_the_data_the_seed_and_the_cross_validated_figures()
    {
        var metadata = trained.Model.Metadata;

        Assert.Equal($"pm-20260301123045-{trained.Set.Hash[..8]}", metadata.Version);
        Assert.Equal(trained.Set.Hash, metadata.TrainingDataHash);
        Assert.Equal(LabelScheme.Version, metadata.LabelSchemeVersion);
        Assert.Equal(11, metadata.Seed);
        Assert.Equal(trained.Set.Count, metadata.RowsTrained);
        Assert.Equal(LabelScheme.Labels.Order(StringComparer.Ordinal), metadata.Thresholds.Keys.Order(StringComparer.Ordinal));
        foreach (var report in new[] { metadata.CrossValidation, metadata.CrossValidationWithoutSignals })
        {
            Assert.Equal(LabelScheme.Labels, report.Labels.Select(m => m.Label));
            Assert.Equal(trained.Set.Positives, report.Labels.Select(m => m.Positives));
            Assert.Equal(report.Labels.Average(m => m.F1), report.MacroF1, 12);
            Assert.All(report.Labels, m => Assert.Equal(m.Precision + m.Recall == 0 ? 0 : 2 * m.Precision * m.Recall / (m.Precision + m.Recall), m.F1, 12));
        }
        Assert.Equal(metadata.CrossValidation.Labels.Select(m => m.Threshold), LabelScheme.Labels.Select(label => metadata.Thresholds[label]));
        Assert.Contains("no signals", metadata.CrossValidationWithoutSignals.Configuration, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_names_the_fold_and_the_label()
    {
        Assert.Contains("candidate 1/1: fold 3/5, label c2", trained.Progress);
        Assert.Contains("without signals: fold 5/5, label pm", trained.Progress);
    }

    private static double[][] Scores(IReadOnlyList<ProjectPrediction> predictions) => [.. predictions.Select(p => p.Scores.ToArray())];
}
