namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// One source's projects by what decided them (view <c>project_classification</c>): PM (analyst, model or source
/// signal), and the projects the classifier abstained on for insufficient text, which count as not PM.
/// </summary>
public sealed record DecisionCount(string Source, long Projects, long Pm, long InsufficientText, long SourceSignal)
{
    /// <summary>"1,957 insufficient text (nfr 1,957)": the total and each source that has any, for summary lines.</summary>
    public static string Describe(IReadOnlyCollection<DecisionCount> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var bySource = counts.Where(c => c.InsufficientText > 0).Select(c => $"{c.Source} {c.InsufficientText:N0}").ToList();
        return $"{counts.Sum(c => c.InsufficientText):N0} insufficient text" + (bySource.Count == 0 ? "" : $" ({string.Join(", ", bySource)})");
    }
}
