namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>
/// 360Giving in the source registry: <c>harvest 360giving</c>. No default schedule: the default origin is the bundled
/// sample, so a schedule only makes sense with a configured URL. No record page: none of the real files has a grant
/// address (Indigo Trust's WebAddress column is empty in all 269 rows; the JSON grants have no url), and
/// shared/data/360giving/SOURCE.md documents no page per identifier.
/// </summary>
public static class ThreeSixtyGivingSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = ThreeSixtyGivingConnector.SourceName,
        Description = "360Giving grants files (UK grant-makers; JSON {\"grants\": [...]}, or CSV/XLSX with the standard's column titles such as "
            + "\"Amount Awarded\" and \"Recipient Org:Identifier\"): one project per grant in its currency with EUR at the award date. "
            + "A URL is fetched again only when the file changed since the last good run (If-Modified-Since; --full reads it anyway).",
        FromHelp = "A 360Giving file (.json, .csv, .xlsx), a folder of them, or an http(s) URL of a published file (e.g. from the 360Giving registry).",
        Connector = () => new ThreeSixtyGivingConnector(),
        Sample = "360giving",
        InDemo = true,
    };
}
