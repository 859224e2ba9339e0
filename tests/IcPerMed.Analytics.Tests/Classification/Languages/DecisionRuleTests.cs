using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Languages;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Languages;

/// <summary>
/// Who decides (issue 17): source signal, then insufficient text, then language not supported, then the model; on the
/// shared trained model and real texts. The analyst's override, above all of these, is the warehouse's
/// (<see cref="Warehouse.WarehouseLanguageNotSupportedTests"/>).
/// </summary>
[Collection(nameof(TrainedModel))]
public sealed class DecisionRuleTests(TrainedModel trained)
{
    private static readonly ProjectLanguageDetector Detector = new();

    private DecisionRule Rule => new(new ThinTextRule(), new LanguageRule(), trained.Model.Metadata.SupportedLanguages);

    private IReadOnlyList<double> Thresholds => [.. LabelScheme.Labels.Select(l => trained.Model.Metadata.Thresholds[l])];

    private ProjectPrediction Decide(ProjectText text) =>
        Rule.Decide(text, Detector.Detect(text), trained.Model.Predict([text])[0], Thresholds);

    [Fact]
    public void A_french_abstract_is_not_decided_by_the_english_model()
    {
        // ANR-10-IBHU-0001 "Institut de Médecine Personnalisée du Cancer", French throughout (read by hand).
        var french = RealTexts.Get("ANR-10-IBHU-0001").Text;

        var decided = Decide(french);

        Assert.Equal((ClassificationDecision.LanguageNotSupported, "fr", 0.0), (decided.DecidedBy, decided.TextLanguage, decided.ModelLanguageShare));
        Assert.DoesNotContain(true, decided.Decisions);
        // The model's reading is kept for the reviewer, unchanged by the rule.
        Assert.Equal(trained.Model.Predict([french])[0].Scores, decided.Scores);
    }

    [Fact]
    public void English_and_half_english_texts_are_decided_by_the_model()
    {
        foreach (var id in new[] { "1R03HD045129-01", "101059552", "ANR-11-BINF-0005", "101034347" })
        {
            var decided = Decide(RealTexts.Get(id).Text);
            Assert.Equal(ClassificationDecision.Model, decided.DecidedBy);
            Assert.True(decided.ModelLanguageShare >= 0.5, id);
        }
    }

    [Fact]
    public void Insufficient_text_comes_before_the_language_and_a_source_signal_before_both()
    {
        var french = RealTexts.Get("ANR-10-IBHU-0001").Text;
        // A French title alone is thin: insufficient text, though its language is known.
        var title = Decide(french with { Abstract = null });
        Assert.Equal((ClassificationDecision.InsufficientText, "fr"), (title.DecidedBy, title.TextLanguage));

        // A source signal makes the French text PM; the English model's challenge scores of it are not used.
        var signalled = Decide(french with { SourceSignal = "call ERA PerMed JTC2022" });
        Assert.Equal((ClassificationDecision.SourceSignal, "call ERA PerMed JTC2022"), (signalled.DecidedBy, signalled.SourceSignal));
        Assert.Equal([true, false, false, false, false, false], signalled.Decisions);
        var signalledTitle = Decide(french with { Abstract = null, SourceSignal = "call ERA PerMed JTC2022" });
        Assert.Equal(ClassificationDecision.SourceSignal, signalledTitle.DecidedBy);
    }

    [Fact]
    public void A_model_trained_on_french_would_read_it()
    {
        // The rule reads the model's languages; nothing in it says English.
        var french = RealTexts.Get("ANR-15-RHUS-0004").Text;
        var rule = Rule with { ModelLanguages = ["fr"] };

        var decided = rule.Decide(french, Detector.Detect(french), trained.Model.Predict([french])[0], Thresholds);

        Assert.Equal((ClassificationDecision.Model, 1.0), (decided.DecidedBy, decided.ModelLanguageShare));
    }

    [Fact]
    public void Without_a_reading_of_the_language_only_the_thin_text_rule_applies()
    {
        var french = RealTexts.Get("ANR-15-RHUS-0004").Text;

        var decided = new ThinTextRule().Decide(french, trained.Model.Predict([french])[0], Thresholds);

        Assert.Equal((ClassificationDecision.Model, (string?)null), (decided.DecidedBy, decided.TextLanguage));
    }
}
