namespace IcPerMed.Analytics.Classification;

/// <summary>A project with its labels, one bool per <see cref="LabelScheme.Labels"/> entry, in that order.</summary>
public sealed record LabelledProject(ProjectText Text, IReadOnlyList<bool> Labels);
