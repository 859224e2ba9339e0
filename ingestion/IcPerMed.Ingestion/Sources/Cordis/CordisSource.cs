namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>CORDIS in the source registry: <c>harvest cordis</c>, Sundays 03:00, in <c>demo</c>.</summary>
public static class CordisSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = CordisConnector.SourceName,
        Description = "CORDIS bulk export (H2020 / Horizon Europe edition: project, organization, topics, legalBasis, euroSciVoc " +
            "as CSV, XLSX or zip; or the older single-file H2020 CSV).",
        Connector = () => new CordisConnector(),
        Schedule = new("0 0 3 ? * SUN"),
        Sample = "cordis",
        InDemo = true,
    };

    /// <summary>
    /// The project's page on CORDIS, by its grant agreement number (the id of project.csv, e.g. 101136812):
    /// <c>https://cordis.europa.eu/project/id/101136812</c>, the address pattern of the stored CORDIS pages
    /// (shared/data/cordis-pages, SOURCES.md).
    /// </summary>
    public static string RecordPage(string grantId) => $"https://cordis.europa.eu/project/id/{Uri.EscapeDataString(grantId)}";
}
