namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// NHMRC in the source registry: <c>harvest nhmrc</c>, in <c>demo</c>. No default schedule: an outcome table is
/// published once per round. No record page: the outcome table has no address column, and
/// shared/data/nhmrc-australia/SOURCE.md documents no page per APP ID.
/// </summary>
public static class NhmrcSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = NhmrcConnector.SourceName,
        Description = "Australia's National Health and Medical Research Council: outcome table of an application round (CSV, one row per "
            + "funded grant): AUD with EUR at the start year, administering institution, lay summary; years only, so projects run "
            + "from 1 January of Start Yr to 31 December of End Yr.",
        FromHelp = "An NHMRC summary-of-results file (.csv or .csv.gz).",
        Connector = () => new NhmrcConnector(),
        Sample = "nhmrc-australia/summary_of_results_2015_app_round_160322.csv.gz",
        InDemo = true,
    };
}
