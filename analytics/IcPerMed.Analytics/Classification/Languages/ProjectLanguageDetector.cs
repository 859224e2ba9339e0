using System.Globalization;
using Lingua;

namespace IcPerMed.Analytics.Classification.Languages;

/// <summary>
/// Which language a project's title and abstract are written in (issue 17), by Lingua restricted to
/// <see cref="Languages"/>. The text is read in up to <see cref="MaxParts"/> parts of at least <see cref="PartWords"/>
/// words spread over title and abstract, so a bilingual text (a CORDIS Italian summary before its English objective, a
/// French ANR title over an English abstract) is seen as both, and a long text costs no more than 160 words. A part is
/// read surely when Lingua's confidence in its language reaches <see cref="MinimumConfidence"/>. Thread-safe: Lingua's
/// detector holds no state per call and its models are loaded once per process, on first use.
/// </summary>
public sealed class ProjectLanguageDetector
{
    /// <summary>
    /// The languages a project text in this landscape is plausibly written in: English, and those of the ICPerMed and
    /// ERA PerMed funders whose sources we read or plan (France, Germany, Switzerland, Italy, Spain, the Netherlands and
    /// Belgium, Portugal, Norway in both written forms, Sweden, Denmark, Finland, Poland). Each language more costs time on
    /// every text; a text in a language left out is read as the nearest one listed, which is still not English, so the
    /// classifier still abstains on it (only the language named may be off).
    /// </summary>
    public static IReadOnlyList<Language> Languages { get; } =
    [
        Language.English, Language.French, Language.German, Language.Italian, Language.Spanish, Language.Portuguese, Language.Dutch,
        Language.Bokmal, Language.Nynorsk, Language.Swedish, Language.Danish, Language.Finnish, Language.Polish,
    ];

    /// <summary>
    /// 40 words: Lingua names the language of every one of 720 real 30-word cuts (450 English abstracts, 270 French ANR
    /// abstracts) right with a confidence of at least 0.9, so a part this long is read surely; 4 parts bound the cost.
    /// </summary>
    public const int PartWords = 40;

    public const int MaxParts = 4;

    /// <summary>
    /// 0.7: on the same 720 texts cut to their first 3, 5 or 8 words, Lingua named 1,183 cuts with a confidence of 0.7 or
    /// more and one wrongly (5 French words as English); 3 of 1,576 at 0.5; none of 625 at 0.9, where most short cuts
    /// are unsure. Below it a part is unsure and counts for no language.
    /// </summary>
    public const double DefaultMinimumConfidence = 0.7;

    private readonly LanguageDetector detector;

    /// <exception cref="FileNotFoundException">A language's model files are not beside the program.</exception>
    public ProjectLanguageDetector(double minimumConfidence = DefaultMinimumConfidence)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumConfidence);
        MinimumConfidence = minimumConfidence;
        foreach (var language in Languages)
        {
            var folder = Path.Combine(ModelsDirectory, Code(language));
            if (!File.Exists(Path.Combine(folder, "trigrams.json.br")))
                throw new FileNotFoundException($"{folder}: Lingua's language model for {language} is missing (the build copies it from the SearchPioneer.Lingua package)");
        }
        detector = LanguageDetectorBuilder.FromLanguages([.. Languages]).WithLanguageModelsDirectory(ModelsDirectory).Build();
    }

    /// <summary>Where Lingua's models are: Lingua/LanguageModels beside the program, one folder per ISO 639-1 code.</summary>
    public static string ModelsDirectory => Path.Combine(AppContext.BaseDirectory, "Lingua", "LanguageModels");

    /// <summary>The ISO 639-1 codes of <see cref="Languages"/> ("en", "fr", ...).</summary>
    public static IReadOnlyList<string> Codes { get; } = [.. Languages.Select(Code)];

    public double MinimumConfidence { get; }

    /// <summary>The language of title and abstract together; no parts when there are no words.</summary>
    public TextLanguage Detect(string? title, string? @abstract)
    {
        var words = $"{title}\n{@abstract}".Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return new TextLanguage([.. Parts(words.Length).Select(part => Read(words, part.Start, part.Length))]);
    }

    public TextLanguage Detect(ProjectText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Detect(text.Title, text.Abstract);
    }

    /// <summary>The language of each text, in order, on all cores.</summary>
    public IReadOnlyList<TextLanguage> Detect(IReadOnlyList<ProjectText> texts) => Detect(texts, static _ => true)!;

    /// <summary>
    /// The language of each text <paramref name="wanted"/> says to read, in order, on all cores; null for the others. A
    /// text under 120 characters makes Lingua load its large 4- and 5-letter models (about 480 MB for these 13 languages,
    /// measured on the SNSF titles), a longer one only the small ones, so callers read only the texts whose language can
    /// change a decision.
    /// </summary>
    public IReadOnlyList<TextLanguage?> Detect(IReadOnlyList<ProjectText> texts, Func<ProjectText, bool> wanted)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(wanted);
        var languages = new TextLanguage?[texts.Count];
        Parallel.For(0, texts.Count, i => languages[i] = wanted(texts[i]) ? Detect(texts[i]) : null);
        return languages;
    }

    /// <summary>
    /// The parts of a text of <paramref name="words"/> words: up to 160 words, consecutive parts of at least
    /// <see cref="PartWords"/> words (one part below 80) covering it all; beyond, <see cref="MaxParts"/> parts of
    /// <see cref="PartWords"/> words spread evenly from its first word to its last.
    /// </summary>
    internal static IEnumerable<(int Start, int Length)> Parts(int words)
    {
        if (words == 0)
            yield break;
        if (words <= PartWords * MaxParts)
        {
            var count = Math.Max(1, words / PartWords);
            for (var k = 0; k < count; k++)
                yield return (k * words / count, ((k + 1) * words / count) - (k * words / count));
            yield break;
        }
        for (var k = 0; k < MaxParts; k++)
            yield return ((int)((long)k * (words - PartWords) / (MaxParts - 1)), PartWords);
    }

    private LanguagePart Read(string[] words, int start, int length)
    {
        var (language, confidence) = detector.ComputeLanguageConfidenceValues(string.Join(' ', words, start, length)).First();
        return new LanguagePart(Code(language), confidence, length, confidence >= MinimumConfidence && language != Language.Unknown);
    }

    private static string Code(Language language) =>
        language == Language.Unknown ? TextLanguage.Undetermined : language.IsoCode6391().ToString().ToLower(CultureInfo.InvariantCulture);
}
