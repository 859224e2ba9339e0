using IcPerMed.Analytics.Classification.Languages;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Languages;

/// <summary>Language detection on real texts (issue 17): checked by hand in the fixture, and counted on the real files.</summary>
public sealed class ProjectLanguageDetectorTests
{
    private static readonly ProjectLanguageDetector Detector = new();

    private static readonly string[] English = ["en"];

    public static TheoryData<string> CheckedIds => new(RealTexts.Checked.Select(t => t.SourceId));

    [Theory]
    [MemberData(nameof(CheckedIds))]
    public void Names_the_language_of_a_real_text_as_read_by_hand(string sourceId)
    {
        // Fixtures/language_texts.jsonl, each row read by hand, e.g. ANR-15-RHUS-0004 "Malgré des avancées majeures,
        // l'insuffisance cardiaque (IC) ..." is French; ANR-11-BINF-0005 has a French title ("Eteindre et rallumer la
        // machinerie d'expression génique ...") over an English abstract ("One of the key issues in biotechnology is the
        // redesign of microorganisms ..."): English; SNSF 229427 "Assistierter Suizid bei Menschen mit einer psychischen
        // Erkrankung-welche Kriterien entscheiden?" is German; SNSF 10002564 "Gene Therapy for Glanzmann Thrombasthenia" is
        // English, but six words with two names are too few to tell (Lingua: German at 0.34), so undetermined.
        var text = RealTexts.Get(sourceId);

        Assert.Equal(text.Expected, Detector.Detect(text.Text).Language);
    }

    [Fact]
    public void Every_listed_language_has_its_model_beside_the_program()
    {
        Assert.Equal(["en", "fr", "de", "it", "es", "pt", "nl", "nb", "nn", "sv", "da", "fi", "pl"], ProjectLanguageDetector.Codes);
        Assert.All(ProjectLanguageDetector.Codes, code =>
            Assert.True(File.Exists(Path.Combine(ProjectLanguageDetector.ModelsDirectory, code, "trigrams.json.br")), code));
    }

    [Fact]
    public void Parts_cover_a_short_text_and_spread_over_a_long_one()
    {
        Assert.Empty(ProjectLanguageDetector.Parts(0));
        Assert.Equal([(0, 79)], ProjectLanguageDetector.Parts(79));
        Assert.Equal([(0, 40), (40, 40)], ProjectLanguageDetector.Parts(80));
        Assert.Equal([(0, 59), (59, 60)], ProjectLanguageDetector.Parts(119));
        Assert.Equal([(0, 40), (40, 40), (80, 40), (120, 40)], ProjectLanguageDetector.Parts(160));
        // Beyond 160 words: four parts of 40 from the first word to the last (1,000 words: 0, 320, 640, 960).
        Assert.Equal([(0, 40), (320, 40), (640, 40), (960, 40)], ProjectLanguageDetector.Parts(1_000));
    }

    [Fact]
    public void A_bilingual_cordis_text_is_read_in_parts_half_italian_half_english()
    {
        // CORDIS 101034347 (OPTIMA, labelled PM): an Italian results summary ("Migliorare il trattamento dei pazienti
        // affetti da cancro ...", 900 characters) before the English objective ("OPTIMA is a multi-stakeholder-led
        // consortium ...", 900 characters). The function-word check of reference/languages_check.py reads the same parts
        // it, it, en, en.
        var optima = RealTexts.Get("101034347");

        var language = Detector.Detect(optima.Text);

        Assert.Equal(["it", "it", "en", "en"], language.Parts.Select(p => p.Language));
        Assert.All(language.Parts, p => Assert.True(p.Sure));
        Assert.Equal(0.5, language.ShareIn(English));
        // A tie goes to the language read first.
        Assert.Equal("it", language.Language);
    }

    [Fact]
    public async Task No_real_abstract_is_mostly_in_another_language_than_english()
    {
        // reference/languages_check.py (function words, no Lingua) on the 2,899 texts of ../shared/data/abstracts: none is
        // less than half English; the only one with a non-English part is CORDIS 101034347 (half Italian).
        var texts = await RealTexts.AbstractsAsync(TestContext.Current.CancellationToken);

        var languages = Detector.Detect(texts);

        Assert.Equal(2_899, texts.Count);
        Assert.Empty(texts.Zip(languages).Where(p => p.Second.ShareIn(English) < 0.5).Select(p => p.First.SourceId));
        Assert.Equal(2_899 - 1, languages.Count(l => l.Language == "en"));
    }

    [Fact]
    public void Most_real_anr_abstracts_are_french_and_the_english_ones_are_read_as_english()
    {
        // ../shared/data/anr-france-pia projets.xlsx: 1,379 projects, 406 with an abstract (SOURCE.md). The function-word
        // check of reference/languages_check.py finds 270 of those mostly not English, all of them French; the other
        // 136 are English abstracts in the column named "Resume.Francais".
        var anr = RealTexts.Anr();
        var withAbstract = anr.Where(t => t.Abstract is not null).ToList();

        var languages = Detector.Detect(withAbstract);

        Assert.Equal((1_379, 406), (anr.Count, withAbstract.Count));
        var foreign = languages.Where(l => l.ShareIn(English) < 0.5).ToList();
        Assert.Equal(270, foreign.Count);
        Assert.All(foreign, l => Assert.Equal("fr", l.MainOutside(English)));
    }
}
