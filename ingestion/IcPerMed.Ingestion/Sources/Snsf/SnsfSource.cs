namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// SNSF in the source registry: <c>harvest snsf</c>, in <c>demo</c>. No default schedule: the file is a published
/// extract, not a feed that changes.
/// </summary>
public static class SnsfSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = SnsfConnector.SourceName,
        Description = "Swiss National Science Foundation grants (JSON array of {id, title, amount, type, field, start_date, end_date}): "
            + "one project per grant, CHF with EUR at the start date; titles only, no abstracts.",
        FromHelp = "An SNSF grants file (.json or .json.gz).",
        Connector = () => new SnsfConnector(),
        Sample = "snsf-switzerland/grant_2024.json.gz",
        InDemo = true,
    };

    /// <summary>The grant's page on the SNSF Data Portal (data.snf.ch, where the file's grants are published), by grant number.</summary>
    public static string RecordPage(string grantNumber) => $"https://data.snf.ch/grants/grant/{Uri.EscapeDataString(grantNumber)}";
}
