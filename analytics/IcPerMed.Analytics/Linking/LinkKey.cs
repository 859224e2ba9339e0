namespace IcPerMed.Analytics.Linking;

/// <summary>
/// The identifiers two sources share, from which links are made. A project record carries a key either by what its
/// source id is (CORDIS and the Research Council of Norway both use the EU grant agreement number) or by a
/// <c>project_subject</c> row whose scheme starts with <see cref="SubjectPrefix"/> (a connector's way of saying "this
/// record is also known as"): scheme <c>id:eu-grant</c> code 101034427, scheme <c>id:call-acronym</c> code
/// "ERA PerMed JTC2020|PROJECTX", scheme <c>id:ukri-grant</c> code "MR/X000001/1".
/// </summary>
public static class LinkKey
{
    /// <summary>Subject schemes starting with this are identifiers, not classifications.</summary>
    public const string SubjectPrefix = "id:";

    /// <summary>An EU framework-programme grant agreement number.</summary>
    public const string EuGrant = "eu-grant";

    /// <summary>A transnational call and the project's acronym in it, e.g. "ERA PerMed JTC2020|PROJECTX".</summary>
    public const string CallAcronym = "call-acronym";

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

    /// <summary>Normalised form of a key's code: trimmed, upper case, inner spaces collapsed.</summary>
    public static string Normalise(string code) =>
        string.Join(' ', code.Trim().ToUpperInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
