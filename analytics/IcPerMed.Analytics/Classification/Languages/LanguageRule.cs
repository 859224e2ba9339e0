namespace IcPerMed.Analytics.Classification.Languages;

/// <summary>
/// Whether a model can read a text (issue 17): at least <see cref="MinimumShare"/> of its words are in parts the detector
/// read surely in a language the model was trained on (<see cref="ModelMetadata.SupportedLanguages"/>). A text shorter
/// than <see cref="ShortTextWords"/> words on which the detector is unsure of every part is taken to be in the model's
/// language: too short to tell, and <see cref="ThinTextRule"/> abstains on it anyway unless its minimum is set below
/// that. A longer text with no part read surely is not readable ("und": a script or language the detector does not
/// know, or a mixture).
/// </summary>
public sealed record LanguageRule(double MinimumShare = LanguageRule.DefaultMinimumShare, int ShortTextWords = LanguageRule.DefaultShortTextWords)
{
    /// <summary>
    /// Half: a bilingual text is read when at least half of it is in the model's language (CORDIS 101034347, labelled PM,
    /// has an Italian summary before its English objective: 2 of its 4 parts are English).
    /// </summary>
    public const double DefaultMinimumShare = 0.5;

    /// <summary>
    /// 20 words: every one of the 720 real texts cut to 20 words (English and French abstracts) was read with a confidence
    /// of at least 0.7, and all but one rightly; shorter cuts are often unsure.
    /// </summary>
    public const int DefaultShortTextWords = 20;

    /// <summary>Whether a model that knows <paramref name="modelLanguages"/> (ISO 639-1) can read a text in <paramref name="language"/>.</summary>
    public bool CanRead(TextLanguage language, IReadOnlyCollection<string> modelLanguages)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(modelLanguages);
        return language.ShareIn(modelLanguages) >= MinimumShare || (!language.IsSure && language.Words < ShortTextWords);
    }
}
