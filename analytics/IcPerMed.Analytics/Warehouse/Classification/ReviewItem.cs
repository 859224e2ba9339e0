namespace IcPerMed.Analytics.Warehouse.Classification;

/// <summary>
/// A project in the review queue: the model's least certain decisions, measured by how close its nearest label score
/// is to that label's threshold (<see cref="Margin"/>, smallest first).
/// </summary>
public sealed record ReviewItem(string Source, string SourceId, string? Title, string NearestLabel, double Score, double Threshold, double Margin);
