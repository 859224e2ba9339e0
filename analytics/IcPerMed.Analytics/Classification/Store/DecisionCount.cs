namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// One source's projects by what decided them (view <c>project_classification</c>): PM (analyst, model or source
/// signal), and the projects the classifier abstained on, which count as not PM: for insufficient text, and for a
/// language the model was not trained on.
/// </summary>
public sealed record DecisionCount(string Source, long Projects, long Pm, long InsufficientText, long SourceSignal, long LanguageNotSupported)
{
    /// <summary>"1,957 insufficient text (nfr 1,957)": the total and each source that has any, for summary lines.</summary>
    public static string Describe(IReadOnlyCollection<DecisionCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Describe(counts, c => c.InsufficientText, ClassificationDecision.InsufficientText);
    }

    /// <summary>"270 language not supported (anr 270)": the total and each source that has any, for summary lines.</summary>
    public static string DescribeLanguages(IReadOnlyCollection<DecisionCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return Describe(counts, c => c.LanguageNotSupported, ClassificationDecision.LanguageNotSupported);
    }

    private static string Describe(IReadOnlyCollection<DecisionCount> counts, Func<DecisionCount, long> count, string what)
    {
        var bySource = counts.Where(c => count(c) > 0).Select(c => $"{c.Source} {count(c):N0}").ToList();
        return $"{counts.Sum(count):N0} {what}" + (bySource.Count == 0 ? "" : $" ({string.Join(", ", bySource)})");
    }
}
