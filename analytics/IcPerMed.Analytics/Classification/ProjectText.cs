namespace IcPerMed.Analytics.Classification;

/// <summary>
/// What the classifier reads of a project: title, abstract, and the classifications its source already carries
/// (<see cref="Signals"/>: "topic:HORIZON-HLTH-2024-CARE-08-01", "euroscivoc:personalized medicine", ...).
/// </summary>
public sealed record ProjectText(string Source, string SourceId, string? Title, string? Abstract, IReadOnlyList<string> Signals)
{
    /// <summary>
    /// The call or call topic the project was funded under when its source names it personalised medicine
    /// ("topic DT-TDS-04-2020"), else null. Not a model feature: it decides only where the text is too thin
    /// (<see cref="ThinTextRule"/>).
    /// </summary>
    public string? SourceSignal { get; init; }
}
