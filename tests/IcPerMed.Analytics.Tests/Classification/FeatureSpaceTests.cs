using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Features;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification;

public sealed class FeatureSpaceTests
{
    private static readonly ProjectText[] Texts =
    [
        new("t", "1", "Personalised medicine for patients", "Personalised medicine, again!", ["topic:HORIZON-HLTH-2024-CARE-08-01"]),
        new("t", "2", "Medicine patients in 2024", "The patients' medicine.", []),
    ];

    // Text 1 reads: personalised medicine [for] patients | personalised medicine[,] [again!] ("again" is a stop word).

    [Fact]
    public void A_text_becomes_its_words_and_word_pairs_without_stop_words_numbers_or_punctuation_plus_its_signals()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureSettings(MinDocumentFrequency: 1));

        var vector = space.Transform(Texts[0], space.NewScratch());

        var terms = vector.GetIndices().ToArray().Select(space.TermName).Order(StringComparer.Ordinal);
        Assert.Equal(
            ["medicine", "medicine patients", "patients", "patients personalised", "personalised", "personalised medicine",
             "topic:HORIZON-HLTH-2024-CARE-08-01", "topicfamily:CARE", "topicprefix:HORIZON-HLTH", "topicprefix:HORIZON-HLTH-2024-CARE"],
            terms);
    }

    [Fact]
    public void Each_block_has_unit_length_and_a_repeated_word_weighs_more()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureSettings(MinDocumentFrequency: 1));

        var vector = space.Transform(Texts[0], space.NewScratch());

        var values = vector.GetValues().ToArray();
        var names = vector.GetIndices().ToArray().Select(space.TermName).ToArray();
        var words = Enumerable.Range(0, names.Length).Where(i => !names[i].Contains(':', StringComparison.Ordinal)).Select(i => (double)values[i]);
        var signals = Enumerable.Range(0, names.Length).Where(i => names[i].Contains(':', StringComparison.Ordinal)).Select(i => (double)values[i]);
        Assert.Equal(1.0, Math.Sqrt(words.Sum(v => v * v)), 5);
        Assert.Equal(1.0, Math.Sqrt(signals.Sum(v => v * v)), 5);
        Assert.True(values[Array.IndexOf(names, "personalised")] > values[Array.IndexOf(names, "patients")]);
    }

    [Fact]
    public void Terms_in_fewer_texts_than_the_minimum_are_left_out_and_char_ngrams_stay_inside_words()
    {
        var space = FeatureSpace.Fit(Texts, new FeatureSettings(WordNgrams: 1, CharNgramMin: 3, CharNgramMax: 3, UseSignals: false));

        var names = space.Terms.Select((_, i) => space.TermName(i)).ToList();

        Assert.Equal(["medicine", "patients"], names.Where(n => !n.StartsWith("char:", StringComparison.Ordinal)));
        Assert.Contains("char:_me", names);
        Assert.Contains("char:ts_", names);
        Assert.DoesNotContain(names, n => n.Contains(' ', StringComparison.Ordinal));
    }
}
