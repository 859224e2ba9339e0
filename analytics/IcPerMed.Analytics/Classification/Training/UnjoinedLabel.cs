namespace IcPerMed.Analytics.Classification.Training;

/// <summary>A label row the training set left out: where it is and why (usually: no text with its source and id).</summary>
public sealed record UnjoinedLabel(string Source, string SourceId, string File, long Line, string Reason);
