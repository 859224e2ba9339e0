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
}
