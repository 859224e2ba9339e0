namespace IcPerMed.Analytics.Linking;

/// <summary>
/// The identifiers two sources share, from which links are made. A project record carries a key either by what its
/// source id is (CORDIS and the Research Council of Norway both use the EU grant agreement number) or by a
/// <c>project_subject</c> row whose scheme starts with <see cref="SubjectPrefix"/> (a connector's way of saying "this
/// record is also known as"): scheme <c>id:eu-grant</c> code 101034427, scheme <c>id:call-acronym</c> code
/// "ERA PerMed JTC2020|PROJECTX", scheme <c>id:ukri-grant</c> code "MR/X000001/1".
/// </summary>
public static partial class LinkKey
{
    /// <summary>Subject schemes starting with this are identifiers, not classifications.</summary>
    public const string SubjectPrefix = "id:";

    /// <summary>An EU framework-programme grant agreement number.</summary>
    public const string EuGrant = "eu-grant";

    /// <summary>A transnational call and the project's acronym in it, e.g. "ERA PerMed JTC2020|PROJECTX".</summary>
    public const string CallAcronym = "call-acronym";

    /// <summary>A UK Research and Innovation grant reference, e.g. "MR/N011198/1": GtR's own, or one a 360Giving grant names.</summary>
    public const string UkriGrant = "ukri-grant";

    /// <summary>Sources whose own id is the EU grant agreement number.</summary>
    public static IReadOnlyList<string> SourcesKeyedByEuGrant { get; } = ["cordis", "nfr"];

    /// <summary>
    /// Which member of a group is primary (its classification and dates are counted): the source that reports the
    /// whole project first. CORDIS has the full EU grant; national lists report their own part.
    /// </summary>
    public static IReadOnlyList<string> SourcePriority { get; } = ["cordis", "nih", "gtr", "360giving", "nfr", "programmes"];

    /// <summary>Rank of <paramref name="source"/> in <see cref="SourcePriority"/>; unknown sources come last.</summary>
    public static int Rank(string source)
    {
        var index = SourcePriority.ToList().IndexOf(source);
        return index < 0 ? SourcePriority.Count : index;
    }

    /// <summary>
    /// The UKRI grant references in <paramref name="text"/> (council prefix, seven-character code, sequence number:
    /// "MR/N011198/1", "BB/K002031/1"), in the order found, each once, normalised.
    /// </summary>
    public static IEnumerable<string> UkriGrantReferences(string? text) => text is null ? []
        : UkriReference().Matches(text).Select(m => Normalise(m.Value)).Distinct(StringComparer.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![A-Za-z0-9/])[A-Z]{1,3}/[A-Z0-9]{7}/[0-9]{1,2}(?![A-Za-z0-9/])")]
    private static partial System.Text.RegularExpressions.Regex UkriReference();

    /// <summary>Normalised form of a key's code: trimmed, upper case, inner spaces collapsed.</summary>
    public static string Normalise(string code) =>
        string.Join(' ', code.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
