using System.Text.Json.Nodes;
using IcPerMed.Analytics.Classification;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

[Collection(nameof(TrainedModel))]
public sealed class PmClassifierTests(TrainedModel trained)
{
    [Fact]
    public void A_saved_model_loads_with_the_same_metadata_and_predictions()
    {
        var folder = TestPaths.NewTempDirectory();
        trained.Model.Save(folder);

        var loaded = PmClassifier.Load(folder);

        Assert.Equal(trained.Model.Metadata.ToJson(), loaded.Metadata.ToJson());
        var texts = trained.Set.Projects.Take(80).Select(p => p.Text).ToList();
        Assert.Equal(trained.Model.Predict(texts), loaded.Predict(texts), PredictionComparer.Instance);
        Assert.True(File.Exists(Path.Combine(folder, PmClassifier.ModelFile)));
    }

    [Fact]
    public void A_challenge_is_no_whenever_pm_is_no()
    {
        var texts = trained.Set.Projects.Select(p => p.Text).ToList();
        var predictions = trained.Model.Predict(texts);

        Assert.All(predictions.Where(p => !p.Decisions[0]), p => Assert.All(p.Decisions, decision => Assert.False(decision)));
        Assert.Contains(predictions, p => p.Decisions[0]);
    }

    [Fact]
    public void A_text_scored_below_the_pm_threshold_gets_no_challenge_even_when_its_challenge_scores_pass()
    {
        // The case built by hand: pm's threshold above any probability, every challenge threshold at 0.
        var folder = TestPaths.NewTempDirectory();
        trained.Model.Save(folder);
        SetThresholds(folder, pm: 2.0, challenges: 0.0);
        var text = trained.Set.Projects.First(p => p.Labels[0] && p.Labels[3]).Text;

        var prediction = PmClassifier.Load(folder).Predict([text]).Single();

        Assert.All(prediction.Scores.Skip(1), score => Assert.True(score >= 0.0));
        Assert.Equal([false, false, false, false, false, false], prediction.Decisions);
        Assert.All(prediction.TopTerms, term => Assert.Equal(LabelScheme.Pm, term.Label));

        SetThresholds(folder, pm: 0.0, challenges: 0.0);
        Assert.All(PmClassifier.Load(folder).Predict([text]).Single().Decisions, Assert.True);
    }

    [Fact]
    public void Top_terms_are_the_largest_positive_contributions_and_name_words_of_the_text()
    {
        var text = trained.Set.Projects.First(p => p.Labels[0]).Text;

        var prediction = trained.Model.Predict([text], topTerms: 3).Single();

        var pmTerms = prediction.TopTerms.Where(t => t.Label == LabelScheme.Pm).ToList();
        Assert.InRange(pmTerms.Count, 1, 3);
        Assert.Equal(pmTerms.OrderByDescending(t => t.Contribution).Select(t => t.Contribution), pmTerms.Select(t => t.Contribution));
        Assert.All(pmTerms, t => Assert.True(t.Contribution > 0));
        var words = (text.Title + " " + text.Abstract).ToLowerInvariant();
        Assert.All(pmTerms.Where(t => !t.Term.Contains(':', StringComparison.Ordinal)), t =>
            Assert.All(t.Term.Split(' '), word => Assert.Contains(word, words, StringComparison.Ordinal)));
        Assert.Empty(trained.Model.Predict([text], topTerms: 0).Single().TopTerms);
    }

    [Fact]
    public void A_text_without_title_or_abstract_is_refused_naming_its_source_id()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            trained.Model.Predict([trained.Set.Projects[0].Text, new ProjectText("cordis", "101099999", " ", null, [])]));

        Assert.Contains("101099999", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_prediction_says_how_far_apart_the_pm_members_are()
    {
        var predictions = trained.Model.Predict([.. trained.Set.Projects.Take(200).Select(p => p.Text)]);

        Assert.All(predictions, p => Assert.InRange(p.PmDisagreement!.Value, 0, 1));
        // The twin is another model, not a copy: on 200 real texts the members differ somewhere by more than 0.05.
        Assert.Contains(predictions, p => p.PmDisagreement > 0.05);
    }

    [Fact]
    public void An_ensemble_decides_pm_by_the_mean_of_its_members_and_explains_it_by_their_mean_contributions()
    {
        // The same saved model read once with pm from the model alone and once as the ensemble. The ensemble's pm is
        // the mean of the model's score s and the twin's t, so it lies half the members' distance |s − t| from s; the
        // challenges are the same models' scores either way.
        var folder = TestPaths.NewTempDirectory();
        trained.Model.Save(folder);
        SetEnsemble(folder, false);
        var texts = trained.Set.Projects.Where(p => p.Labels[0]).Take(30).Select(p => p.Text).ToList();
        var single = PmClassifier.Load(folder).Predict(texts, topTerms: 3);
        SetEnsemble(folder, true);
        var ensemble = PmClassifier.Load(folder).Predict(texts, topTerms: 3);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(single[i].PmDisagreement!.Value / 2, Math.Abs(ensemble[i].Scores[0] - single[i].Scores[0]), 6);
            Assert.Equal(single[i].PmDisagreement, ensemble[i].PmDisagreement);
            Assert.Equal(single[i].Scores.Skip(1), ensemble[i].Scores.Skip(1));
            var pmTerms = ensemble[i].TopTerms.Where(t => t.Label == LabelScheme.Pm).ToList();
            Assert.All(pmTerms, t => Assert.True(t.Contribution > 0));
            Assert.Equal(pmTerms.OrderByDescending(t => t.Contribution).Select(t => t.Contribution), pmTerms.Select(t => t.Contribution));
        }
        Assert.Contains(Enumerable.Range(0, texts.Count), i => single[i].PmDisagreement > 0.01);
        // The explanation is the ensemble's own: where the members weigh terms differently, its top terms differ.
        Assert.Contains(Enumerable.Range(0, texts.Count), i =>
            !single[i].TopTerms.Where(t => t.Label == LabelScheme.Pm).SequenceEqual(ensemble[i].TopTerms.Where(t => t.Label == LabelScheme.Pm)));
    }

    [Fact]
    public void A_damaged_twin_file_is_refused_naming_the_file_and_line()
    {
        var folder = TestPaths.NewTempDirectory();
        trained.Model.Save(folder);
        var ratios = Path.Combine(folder, PmClassifier.PmTwinRatiosFile);
        var lines = File.ReadAllLines(ratios);
        lines[5] = "not-a-number";
        File.WriteAllLines(ratios, lines);

        var error = Assert.Throws<InvalidDataException>(() => PmClassifier.Load(folder));

        Assert.Contains($"{ratios}:6: not a number", error.Message, StringComparison.Ordinal);
        File.WriteAllLines(ratios, lines.Take(10));
        Assert.Contains("9 ratios, but the feature space has", Assert.Throws<InvalidDataException>(() => PmClassifier.Load(folder)).Message, StringComparison.Ordinal);
    }

    private static void SetEnsemble(string folder, bool ensemble)
    {
        var path = Path.Combine(folder, PmClassifier.MetadataFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        json["pm_ensemble"] = ensemble;
        File.WriteAllText(path, json.ToJsonString());
    }

    private static void SetThresholds(string folder, double pm, double challenges)
    {
        var path = Path.Combine(folder, PmClassifier.MetadataFile);
        var json = JsonNode.Parse(File.ReadAllText(path))!;
        foreach (var label in LabelScheme.Labels)
            json["thresholds"]![label] = label == LabelScheme.Pm ? pm : challenges;
        File.WriteAllText(path, json.ToJsonString());
    }

    private sealed class PredictionComparer : IEqualityComparer<ProjectPrediction>
    {
        public static readonly PredictionComparer Instance = new();

        public bool Equals(ProjectPrediction? x, ProjectPrediction? y) =>
            x is not null && y is not null && (x.Source, x.SourceId, x.ModelVersion) == (y.Source, y.SourceId, y.ModelVersion)
            && x.Scores.SequenceEqual(y.Scores) && x.Decisions.SequenceEqual(y.Decisions) && x.TopTerms.SequenceEqual(y.TopTerms)
            && x.PmDisagreement == y.PmDisagreement;

        public int GetHashCode(ProjectPrediction obj) => obj.SourceId.GetHashCode(StringComparison.Ordinal);
    }
}
