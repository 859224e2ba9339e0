using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Languages;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Languages;

/// <summary>The languages a model supports come from its training texts and live in its metadata (issue 17).</summary>
[Collection(nameof(TrainedModel))]
public sealed class TrainingLanguagesTests(TrainedModel trained)
{
    [Fact]
    public void Training_measures_the_languages_of_its_texts_and_supports_english()
    {
        // reference/languages_check.py (function words, no Lingua) on every third labelled project of the repository's
        // data/labels and data/abstracts, the TrainedModel set: 522 texts, 521 mostly English and CORDIS 101034347
        // (OPTIMA), half Italian and half English, named Italian by the tie rule. (Of all 1,565 bundled ones, 1,564 are
        // English.) One text in 522 is far below the tenth a language needs to be supported: the model reads English.
        var languages = trained.Model.Metadata.Languages!;

        Assert.Equal(522, trained.Set.Count);
        Assert.Equal(522, languages.Measured);
        Assert.Equal(new Dictionary<string, int> { ["en"] = 521, ["it"] = 1 }, languages.Texts);
        Assert.Equal(["en"], languages.Supported);
        Assert.Equal(["en"], trained.Model.Metadata.SupportedLanguages);
        Assert.Contains(trained.Progress, m => m.StartsWith("languages of the training texts: en 521, it 1 (522 texts read; supported: en)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_languages_survive_the_metadata_file_and_older_metadata_reads_as_english()
    {
        var json = trained.Model.Metadata.ToJson();
        Assert.Contains("\"languages\": {", json, StringComparison.Ordinal);
        Assert.Equal(["en"], ModelMetadata.FromJson(json).Languages!.Supported);

        // Metadata written before issue 17 has no languages: its model was trained on the English labelled set.
        var older = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        older.Remove("languages");
        var read = ModelMetadata.FromJson(older.ToJsonString());
        Assert.Null(read.Languages);
        Assert.Equal(["en"], read.SupportedLanguages);
    }

    [Fact]
    public void A_language_must_hold_a_tenth_of_the_texts_and_large_sets_are_sampled()
    {
        var detector = new ProjectLanguageDetector();
        var french = RealTexts.Get("ANR-15-RHUS-0004").Text;
        var english = RealTexts.Get("1R03HD045129-01").Text;

        // 9 French of 100 texts: below a tenth, not supported; 10 of 100: supported.
        Assert.Equal(["en"], TrainingLanguages.Measure([.. Enumerable.Repeat(english, 91), .. Enumerable.Repeat(french, 9)], detector, 1).Supported);
        Assert.Equal(["en", "fr"], TrainingLanguages.Measure([.. Enumerable.Repeat(english, 90), .. Enumerable.Repeat(french, 10)], detector, 1).Supported);

        // 40 words of a real English abstract: one part, long enough for Lingua's small models.
        var words = english.Abstract!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var sentence = english with { Abstract = string.Join(' ', words.Take(40)) };
        var large = TrainingLanguages.Measure([.. Enumerable.Repeat(sentence, TrainingLanguages.MaximumMeasured + 1)], detector, 1);
        Assert.Equal((2_000, 2_000), (large.Measured, large.Texts["en"]));
    }
}
