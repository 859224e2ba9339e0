namespace IcPerMed.Analytics.Classification.Store;

/// <summary>A trained model version as the warehouse records it; the newest registered version classifies.</summary>
public sealed record ModelRegistration(string Version, DateTimeOffset CreatedAt, string TrainingDataHash, string LabelScheme, string MetadataJson);
