using System.CommandLine;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed harvest 360giving [--from PATH|URL] [--full] [--state-dir DIR] [--format table|json]</c>.</summary>
public static class HarvestThreeSixtyGivingCommand
{
    public const string Description =
        "360Giving grants files (UK grant-makers; JSON {\"grants\": [...]}, or CSV/XLSX with the standard's column titles such as "
        + "\"Amount Awarded\" and \"Recipient Org:Identifier\"): one project per grant in its currency with EUR at the award date. "
        + "A URL is fetched again only when the file changed since the last good run (If-Modified-Since; --full reads it anyway).";

    public static Command Create() => HarvestCommand.CreateFor(new ThreeSixtyGivingConnector(), Description,
        "A 360Giving file (.json, .csv, .xlsx), a folder of them, or an http(s) URL of a published file (e.g. from the 360Giving registry).");
}
