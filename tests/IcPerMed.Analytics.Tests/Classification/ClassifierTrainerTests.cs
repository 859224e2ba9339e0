using System.Text.Json;
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

    /// <remarks>
    /// The selection fits each fold's vocabulary and vectors once per feature setting and shares them between the candidates
    /// that read texts alike (two trainers here); each candidate cross-validated alone fits its own. The figures must not move.
    /// </remarks>
    [Fact]
    public void Candidates_sharing_their_folds_features_score_as_each_cross_validated_alone()
    {
        var sdca = new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Sdca);
        var lbfgs = new ClassifierCandidate(ClassifierOptions.DefaultFeatures, LinearTrainer.Lbfgs);
        var options = new ClassifierOptions { Candidates = [sdca, lbfgs], Seed = 11, Folds = 3, TryPmEnsemble = false };

        var model = new ClassifierTrainer(options, new FixedTime(TrainedModel.Created)).Train(trained.Set, TestContext.Current.CancellationToken);

        var folds = FoldAssignment.Create(trained.Set, 3, 11);
        var alone = new[] { sdca, lbfgs }.Select(candidate =>
            new ClassifierTrainer(options with { Candidates = [candidate] }, new FixedTime(TrainedModel.Created)).CrossValidate(folds, candidate, TestContext.Current.CancellationToken)).ToList();
        Assert.Equal(alone.Select(r => r.MacroF1), model.Metadata.Candidates.Select(c => c.MacroF1));
        var chosen = model.Metadata.Candidates.Select(c => c.Configuration).ToList().IndexOf(model.Metadata.Configuration.Describe());
        Assert.Equal(JsonSerializer.Serialize(alone[chosen]), JsonSerializer.Serialize(model.Metadata.CrossValidation));
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
