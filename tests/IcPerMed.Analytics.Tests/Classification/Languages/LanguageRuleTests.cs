using IcPerMed.Analytics.Classification.Languages;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Languages;

/// <summary>The minimum share and the short-text rule of <see cref="LanguageRule"/> on hand-made readings.</summary>
public sealed class LanguageRuleTests
{
    private static readonly LanguageRule Rule = new();

    private static readonly string[] English = ["en"];

    private static TextLanguage Read(params (string Language, double Confidence, int Words)[] parts) =>
        new([.. parts.Select(p => new LanguagePart(p.Language, p.Confidence, p.Words, p.Confidence >= ProjectLanguageDetector.DefaultMinimumConfidence))]);

    [Fact]
    public void A_text_at_least_half_in_the_models_language_is_read()
    {
        Assert.True(Rule.CanRead(Read(("en", 1.0, 40), ("en", 1.0, 40)), English));
        // Half Italian, half English (CORDIS 101034347): read.
        Assert.True(Rule.CanRead(Read(("it", 1.0, 40), ("it", 1.0, 40), ("en", 1.0, 40), ("en", 1.0, 40)), English));
        // A French title part over three English abstract parts (ANR-11-BINF-0005): read.
        Assert.True(Rule.CanRead(Read(("fr", 1.0, 40), ("en", 1.0, 40), ("en", 1.0, 40), ("en", 1.0, 40)), English));
    }

    [Fact]
    public void A_text_mostly_in_another_language_is_not_read_and_names_that_language()
    {
        var french = Read(("fr", 1.0, 45), ("en", 1.0, 40), ("fr", 1.0, 45));

        Assert.False(Rule.CanRead(french, English));
        Assert.Equal("fr", french.MainOutside(English));
        // The languages come from the model: one trained on French texts reads it.
        Assert.True(Rule.CanRead(french, ["fr"]));
    }

    [Fact]
    public void An_unsure_part_counts_for_no_language_and_an_unsure_short_text_is_taken_as_the_models()
    {
        // 19 words, unsure (Lingua's best guess at 0.34): too short to tell, read as the model's language.
        Assert.True(Rule.CanRead(Read(("de", 0.34, 19)), English));
        // 20 words and unsure of every part: a text long enough to tell whose language cannot be told is not read.
        Assert.False(Rule.CanRead(Read(("de", 0.34, 20)), English));
        Assert.Equal(TextLanguage.Undetermined, Read(("de", 0.34, 20)).MainOutside(English));
        // A short text read surely in French is French, however short.
        Assert.False(Rule.CanRead(Read(("fr", 0.96, 6)), English));
        // English surely in one part of two, the other unsure: half the words are English, so it is read.
        Assert.True(Rule.CanRead(Read(("en", 1.0, 40), ("fr", 0.5, 40)), English));
        Assert.False(Rule.CanRead(Read(("en", 1.0, 40), ("fr", 0.5, 41)), English));
    }

    [Fact]
    public void A_text_without_words_is_read_as_the_models_language()
    {
        Assert.True(Rule.CanRead(Read(), English));
        Assert.Equal(TextLanguage.Undetermined, Read().Language);
    }
}
