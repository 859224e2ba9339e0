using System.Text.Json.Serialization;

namespace IcPerMed.Analytics.Classification.Features;

/// <summary>How a term's count becomes a feature value (then scaled to unit length per block).</summary>
public enum TermWeighting
{
    /// <summary>count x idf.</summary>
    TfIdf,

    /// <summary>(1 + ln count) x idf: a term said ten times is not ten times the evidence.</summary>
    LogCountIdf,
}

/// <summary>
/// What the featuriser reads of a text: word n-grams 1..<see cref="WordNgrams"/> (stop words dropped first), optional
/// character n-grams inside words (<see cref="CharNgramMin"/>..<see cref="CharNgramMax"/>; 0 = none), and the source
/// signals as separate tokens. Terms seen in fewer than <see cref="MinDocumentFrequency"/> training texts are dropped;
/// at most <see cref="MaxTerms"/> per block are kept (most frequent first).
/// </summary>
public sealed record FeatureSettings(
    int WordNgrams = 2,
    int CharNgramMin = 0,
    int CharNgramMax = 0,
    TermWeighting Weighting = TermWeighting.LogCountIdf,
    bool UseSignals = true,
    int MinDocumentFrequency = 2,
    int MaxTerms = 250_000)
{
    [JsonIgnore]
    public bool UsesCharNgrams => CharNgramMin > 0 && CharNgramMax >= CharNgramMin;

    /// <summary>A short name for reports: "word1-2 + char3-5, logcount-idf, min df 2, signals".</summary>
    public string Describe() =>
        $"word1-{WordNgrams}{(UsesCharNgrams ? $" + char{CharNgramMin}-{CharNgramMax}" : "")}, " +
        $"{(Weighting == TermWeighting.TfIdf ? "tf-idf" : "logcount-idf")}, min df {MinDocumentFrequency}, {(UseSignals ? "signals" : "no signals")}";
}
