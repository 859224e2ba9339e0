using IcPerMed.Analytics.Classification;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

/// <summary>The thin-text rule on the shared trained model and real CORDIS objectives of the labelled set.</summary>
[Collection(nameof(TrainedModel))]
public sealed class ThinTextRuleTests(TrainedModel trained)
{
    private static readonly ThinTextRule Rule = new();

    private IReadOnlyList<double> Thresholds => [.. LabelScheme.Labels.Select(l => trained.Model.Metadata.Thresholds[l])];

    private static ProjectText Text(string? title, string? @abstract, string? signal = null) =>
        new("test", "1", title, @abstract, []) { SourceSignal = signal };

    [Fact]
    public void Words_are_runs_of_letters_or_digits_in_title_and_abstract()
    {
        // "COVID-19" is two words, "patient's" two, "—" none: 1 + 2 + 1 + 2 + 1 = 7, plus 3 in the abstract.
        Assert.Equal(10, ThinTextRule.CountWords(Text("Tailored COVID-19 care — patient's outcomes", "Ωmega 2024 trial")));
    }

    [Fact]
    public void A_title_only_or_a_text_below_the_minimum_is_thin_and_the_minimum_itself_is_not()
    {
        var words49 = string.Join(' ', Enumerable.Repeat("word", 48));
        Assert.True(Rule.IsThin(Text("Title", words49)));
        Assert.False(Rule.IsThin(Text("Title", words49 + " more")));
        // A long title with no abstract is still a title only.
        Assert.True(Rule.IsThin(Text(words49 + " more words", null)));
        Assert.False(new ThinTextRule(MinimumWords: 0).IsThin(Text("Title", "x")));
    }

    [Fact]
    public async Task A_cordis_objective_is_decided_by_the_model_and_its_title_alone_abstains_keeping_the_scores()
    {
        var cordis = (await Projects.RealAsync(TestContext.Current.CancellationToken)).Projects
            .Where(p => p.Text.Source == "cordis-he" && p.Labels[0]).Take(5).Select(p => p.Text).ToList();
        Assert.Equal(5, cordis.Count);
        var titles = cordis.Select(t => t with { Abstract = null }).ToList();

        var full = Rule.Decide(cordis, trained.Model.Predict(cordis), Thresholds);
        var thin = Rule.Decide(titles, trained.Model.Predict(titles), Thresholds);

        Assert.All(full, p => Assert.Equal(ClassificationDecision.Model, p.DecidedBy));
        Assert.All(full.Zip(cordis), pair => Assert.Equal(ThinTextRule.CountWords(pair.Second), pair.First.TextWords));
        Assert.All(thin, p => Assert.Equal((ClassificationDecision.InsufficientText, 50), (p.DecidedBy, p.MinimumWords)));
        Assert.All(thin, p => Assert.DoesNotContain(true, p.Decisions));
        // The model's reading of the title is kept for the reviewer, unchanged by the rule.
        Assert.Equal(trained.Model.Predict(titles).Select(p => p.Scores), thin.Select(p => p.Scores));
    }

    [Fact]
    public void A_source_signal_makes_a_thin_text_pm_with_the_challenges_its_scores_pass()
    {
        var text = Text("Pancreatic cancer AI for genomics", null, "topic DT-TDS-04-2020");
        var model = new ProjectPrediction("test", "1", "m", [0.2, 0.9, 0.1, 0.7, 0.1, 0.1], [false, false, false, false, false, false], []);

        var decided = Rule.Decide(text, model, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]);

        Assert.Equal((ClassificationDecision.SourceSignal, "topic DT-TDS-04-2020", 5), (decided.DecidedBy, decided.SourceSignal, decided.TextWords));
        Assert.Equal([true, true, false, true, false, false], decided.Decisions);
        // With enough text the source signal changes nothing: the model decides.
        var enough = text with { Abstract = string.Join(' ', Enumerable.Repeat("word", 50)) };
        Assert.Equal([false, false, false, false, false, false], Rule.Decide(enough, model, [0.5, 0.5, 0.5, 0.5, 0.5, 0.5]).Decisions);
    }
}
