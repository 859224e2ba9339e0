namespace IcPerMed.Analytics.Warehouse.Classification;

/// <summary>
/// What every query reads as a project's classification (view <c>project_classification</c>): the decisions, who made
/// them ("analyst" or "model"), and the model's scores and top terms when there is a prediction.
/// </summary>
public sealed record StoredClassification(
    string Source,
    string SourceId,
    IReadOnlyList<bool>? Decisions,
    string? DecidedBy,
    string? ModelVersion,
    IReadOnlyList<double>? Scores,
    string? TopTermsJson,
    long? OverrideId,
    string? Analyst,
    string? OverrideReason);
