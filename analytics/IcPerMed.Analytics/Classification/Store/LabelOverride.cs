namespace IcPerMed.Analytics.Classification.Store;

/// <summary>
/// An analyst's labels for one project: the whole set (pm, c1..c5 in <see cref="Analytics.Classification.LabelScheme.Labels"/>
/// order), who set them and why. The newest override of a project wins over every model prediction and joins the
/// next training run.
/// </summary>
public sealed record LabelOverride(string Source, string SourceId, IReadOnlyList<bool> Labels, string Analyst, string? Reason);
