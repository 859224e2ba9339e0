namespace IcPerMed.Analytics.Classification.Languages;

/// <summary>
/// One part of a text as the detector read it: the most likely language (ISO 639-1, "en"), Lingua's confidence in it
/// (0 to 1), the part's words, and whether the confidence reached the detector's minimum.
/// </summary>
public sealed record LanguagePart(string Language, double Confidence, int Words, bool Sure);

/// <summary>
/// The language of a project's title and abstract, read in parts (<see cref="ProjectLanguageDetector"/>): a bilingual
/// text has parts in two languages, and <see cref="ShareIn"/> says how much of it is in the languages a model knows.
/// </summary>
public sealed record TextLanguage(IReadOnlyList<LanguagePart> Parts)
{
    /// <summary>ISO 639-2's "undetermined": no part of the text was read with the minimum confidence.</summary>
    public const string Undetermined = "und";

    /// <summary>Words read, over all parts.</summary>
    public int Words => Parts.Sum(p => p.Words);

    /// <summary>Whether any part was read with the minimum confidence.</summary>
    public bool IsSure => Parts.Any(p => p.Sure);

    /// <summary>The language most of the surely read words are in (the earlier part wins a tie), or <see cref="Undetermined"/>.</summary>
    public string Language => Main(static _ => true);

    /// <summary>The language most of the surely read words are in among those not in <paramref name="excluded"/>, or <see cref="Undetermined"/>.</summary>
    public string MainOutside(IReadOnlyCollection<string> excluded)
    {
        ArgumentNullException.ThrowIfNull(excluded);
        return Main(language => !excluded.Contains(language));
    }

    /// <summary>The share (0 to 1) of the words read that are in a surely read part in one of <paramref name="languages"/>.</summary>
    public double ShareIn(IReadOnlyCollection<string> languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        var words = Words;
        return words == 0 ? 0 : (double)Parts.Where(p => p.Sure && languages.Contains(p.Language)).Sum(p => p.Words) / words;
    }

    private string Main(Func<string, bool> included) =>
        Parts.Select((part, index) => (Part: part, Index: index))
            .Where(p => p.Part.Sure && included(p.Part.Language))
            .GroupBy(p => p.Part.Language)
            .OrderByDescending(g => g.Sum(p => p.Part.Words)).ThenBy(g => g.Min(p => p.Index))
            .Select(g => g.Key).FirstOrDefault() ?? Undetermined;
}
