namespace IcPerMed.Analytics.Model;

/// <summary>
/// A classification the source itself gives a project (CORDIS euroSciVoc, GtR health categories ...), kept as a
/// signal for our own classifier. Keyed by (source, project, scheme, code).
/// </summary>
/// <param name="Scheme">"euroSciVoc", ...</param>
/// <param name="Code">The scheme's code, e.g. "/29/95/2543".</param>
/// <param name="Label">Human-readable title, e.g. "personalized medicine".</param>
/// <param name="Path">Full path in the scheme, e.g. "/medical and health sciences/health sciences/personalized medicine".</param>
public sealed record ProjectSubject(
    string Source,
    string ProjectSourceId,
    string Scheme,
    string Code,
    string? Label,
    string? Path,
    RecordOrigin Origin);
