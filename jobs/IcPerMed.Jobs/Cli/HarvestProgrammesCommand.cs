using System.CommandLine;
using IcPerMed.Ingestion.Sources.Programmes;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed harvest programmes [--from PATH] [--full] [--state-dir DIR] [--format table|json]</c>.</summary>
public static class HarvestProgrammesCommand
{
    public const string Description =
        "National programme lists in the ICPerMed template: programmes that allow funding of personalised-medicine research, per funding "
        + "organisation and country, and optionally national shares of (transnational) projects. Empty template: "
        + ProgrammeListConnector.TemplatePath + "/programme-list.xlsx (or the two .csv files beside it); columns and checks: "
        + "docs/programme-list-template.md. Rows failing a check are quarantined (see `icpermed status`).";

    public static Command Create() => HarvestCommand.CreateFor(new ProgrammeListConnector(), Description,
        "A filled-in template: an .xlsx (sheets \"programmes\" and optional \"projects\"), a .csv (named *projects*.csv for the projects part), or a folder of them.");
}
