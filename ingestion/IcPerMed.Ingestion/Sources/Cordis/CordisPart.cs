namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>The tables of a CORDIS bulk export (FORMATS.md §1.2), in the order they are read.</summary>
internal enum CordisPart
{
    Project,
    Organization,
    Topics,
    LegalBasis,
    EuroSciVoc,
}

/// <summary>Which table a file holds, told by its name, and what each table must have.</summary>
internal static class CordisParts
{
    /// <summary>
    /// The part a file name stands for: the standard names of the current edition (project, organization, topics,
    /// legalBasis, euroSciVoc) and the single-file older edition (cordis-h2020projects.csv, cordis-fp7projects.csv).
    /// Null for any other name, such as webItem or policyPriorities, which are not read.
    /// </summary>
    public static CordisPart? FromFileName(string fileName)
    {
        var stem = Stem(fileName);
        if (stem.StartsWith("cordis-", StringComparison.OrdinalIgnoreCase)
            && stem.EndsWith("projects", StringComparison.OrdinalIgnoreCase))
            return CordisPart.Project;
        foreach (var part in Enum.GetValues<CordisPart>())
        {
            if (string.Equals(stem, part.ToString(), StringComparison.OrdinalIgnoreCase))
                return part;
        }
        return null;
    }

    /// <summary>"project.csv.gz" → "project": the name without its .csv, .xlsx and .gz endings.</summary>
    public static string Stem(string fileName)
    {
        var name = Path.GetFileName(fileName);
        foreach (var ending in new[] { ".gz", ".csv", ".xlsx" })
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                name = name[..^ending.Length];
        }
        return name;
    }

    /// <summary>Columns a file of the part must have; anything else is optional.</summary>
    public static IReadOnlyList<string> RequiredColumns(CordisPart part) => part switch
    {
        CordisPart.Project => ["id", "title", "startDate", "endDate"],
        CordisPart.Organization => ["projectID", "name", "country", "role"],
        CordisPart.Topics => ["projectID", "topic", "title"],
        CordisPart.LegalBasis => ["projectID", "legalBasis", "title"],
        CordisPart.EuroSciVoc => ["projectID", "euroSciVocCode", "euroSciVocPath", "euroSciVocTitle"],
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, null),
    };

    /// <summary>
    /// Separators a CSV of the part may use. CORDIS writes ';'. The topics, legalBasis and euroSciVoc files kept under
    /// shared/data are converted from the XLSX edition with ',' (RFC 4180), so the reference tables accept both; the
    /// project and organization tables carry free text where a wrong separator silently shifts columns, so only ';'.
    /// </summary>
    public static IReadOnlyList<char> AllowedSeparators(CordisPart part) =>
        part is CordisPart.Project or CordisPart.Organization ? [';'] : [';', ','];
}
