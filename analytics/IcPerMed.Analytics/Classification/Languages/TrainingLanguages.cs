namespace IcPerMed.Analytics.Classification.Languages;

/// <summary>
/// The languages of the labelled texts a model was trained on (issue 17), as <see cref="ProjectLanguageDetector"/> read
/// them at training time: how many texts were read (<see cref="Measured"/>), how many are mostly in each language, and
/// the languages the model supports: those at least <see cref="MinimumShare"/> of its texts are in. Stored in the model's
/// metadata, so the language rule reads what the model learnt rather than a hard-coded English.
/// </summary>
public sealed record TrainingLanguages(int Measured, IReadOnlyDictionary<string, int> Texts, IReadOnlyList<string> Supported)
{
    /// <summary>
    /// 10 %: a language the model supports must be one it has learnt words from in bulk; one bilingual text (CORDIS
    /// 101034347, half Italian) or a few analyst corrections of French projects do not make it read Italian or French.
    /// </summary>
    public const double MinimumShare = 0.1;

    /// <summary>At most this many texts are read (a seeded sample of larger sets): about 10 s on two cores, and shares within a percent or two.</summary>
    public const int MaximumMeasured = 2_000;

    /// <summary>
    /// What a model whose metadata names no languages (trained before issue 17) supports: English. Its training set was
    /// data/labels/train.csv, whose 1,565 texts the detector reads as English (one of them half Italian).
    /// </summary>
    public static IReadOnlyList<string> BeforeLanguagesWereMeasured { get; } = ["en"];

    /// <summary>Reads the languages of <paramref name="texts"/> (a sample of <see cref="MaximumMeasured"/> drawn with <paramref name="seed"/> when there are more).</summary>
    public static TrainingLanguages Measure(IReadOnlyList<ProjectText> texts, ProjectLanguageDetector detector, int seed)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(detector);
        IReadOnlyList<ProjectText> measured = texts;
        if (texts.Count > MaximumMeasured)
        {
            var shuffled = texts.ToArray();
            new Random(seed).Shuffle(shuffled);
            measured = shuffled[..MaximumMeasured];
        }
        var counts = detector.Detect(measured).GroupBy(l => l.Language)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count());
        var supported = counts.Where(c => c.Key != TextLanguage.Undetermined && c.Value >= MinimumShare * measured.Count).Select(c => c.Key).ToList();
        return new TrainingLanguages(measured.Count, counts, supported);
    }

    /// <summary>"en 1,564, it 1 (1,565 texts read; supported: en)".</summary>
    public string Describe() =>
        $"{string.Join(", ", Texts.Select(t => $"{t.Key} {t.Value:N0}"))} ({Measured:N0} texts read; supported: {(Supported.Count == 0 ? "none" : string.Join(", ", Supported))})";
}
