namespace IcPerMed.Analytics.Classification;

/// <summary>
/// The labels a project gets (data/labels/GUIDELINE.md): PM relevance and the five ICPerMed Action Plan challenges.
/// Versioned so the scheme can grow (e.g. ERA PerMed research areas) without mixing old and new predictions.
/// </summary>
public static class LabelScheme
{
    public const string Version = "icpermed-pm-c1-c5/1";

    public const string Pm = "pm";

    /// <summary>pm, c1 .. c5, in the order of every array of decisions or scores.</summary>
    public static IReadOnlyList<string> Labels { get; } = ["pm", "c1", "c2", "c3", "c4", "c5"];

    /// <summary>The challenge labels only.</summary>
    public static IReadOnlyList<string> Challenges { get; } = ["c1", "c2", "c3", "c4", "c5"];

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["pm"] = "Personalised medicine",
        ["c1"] = "Developing Awareness and Empowerment",
        ["c2"] = "Integrating Big Data and ICT Solutions",
        ["c3"] = "Translating Basic to Clinical Research and Beyond",
        ["c4"] = "Bringing Innovation to the Market",
        ["c5"] = "Shaping Sustainable Healthcare",
    };
}
