namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>The Research Council of Norway file in the source registry: <c>harvest nfr</c>, Sundays 03:30, in <c>demo</c>.</summary>
public static class NfrSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = NfrConnector.SourceName,
        Description = "Research Council of Norway: H2020 grants to Norwegian organisations (one row per participant; one project per CORDIS grant id).",
        Connector = () => new NfrConnector(),
        Schedule = new("0 30 3 ? * SUN"),
        Sample = "nfr-eu-h2020/dataset.csv.gz",
        InDemo = true,
    };

    /// <summary>
    /// NFR publishes no page per grant; its Prosjektnr is the CORDIS grant id (shared/data/SOURCES.md), so a record links
    /// to the project's page on CORDIS (<see cref="Cordis.CordisSource.RecordPage"/>).
    /// </summary>
    public static string RecordPage(string grantId) => Cordis.CordisSource.RecordPage(grantId);
}
