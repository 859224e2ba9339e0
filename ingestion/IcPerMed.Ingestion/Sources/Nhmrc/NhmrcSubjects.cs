using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Nhmrc.NhmrcColumns;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// The table's own classification of a grant, kept as <see cref="ProjectSubject"/>s (signals for the classifier): the
/// broad research area, the ANZSRC 2008 field of research under its division, and the up to five keywords (each once).
/// The table has no codes, so a subject's code is its text.
/// </summary>
internal static class NhmrcSubjects
{
    public const string BroadResearchArea = "nhmrcBroadResearchArea";
    public const string FieldOfResearch = "anzsrcFor2008";
    public const string Keyword = "nhmrcKeyword";

    public static IEnumerable<ProjectSubject> Of(NhmrcRow row, string id)
    {
        var source = NhmrcConnector.SourceName;
        if (row[C.BroadResearchArea] is { } area)
            yield return new ProjectSubject(source, id, BroadResearchArea, area, area, null, row.Origin);
        if (row[C.FieldOfResearch] is { } field)
        {
            var division = row[C.ForCategory];
            yield return new ProjectSubject(source, id, FieldOfResearch, field, field, division is null ? null : $"/{division}/{field}", row.Origin);
        }
        var keywords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in C.Keywords)
            if (row[column] is { } keyword && keywords.Add(keyword))
                yield return new ProjectSubject(source, id, Keyword, keyword, keyword, null, row.Origin);
    }
}
