namespace IcPerMed.Ingestion.Sources.Programmes;

/// <summary>
/// National programme lists in the source registry: <c>harvest programmes</c>. No default schedule: lists arrive as
/// filled-in templates, not from an address that changes by itself.
/// </summary>
public static class ProgrammeListSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = ProgrammeListConnector.SourceName,
        Description = "National programme lists in the ICPerMed template: programmes that allow funding of personalised-medicine research, per funding "
            + "organisation and country, and optionally national shares of (transnational) projects. Empty template: "
            + ProgrammeListConnector.TemplatePath + "/programme-list.xlsx (or the two .csv files beside it); columns and checks: "
            + "docs/programme-list-template.md. Rows failing a check are quarantined (see `icpermed status`).",
        FromHelp = "A filled-in template: an .xlsx (sheets \"programmes\" and optional \"projects\"), a .csv (named *projects*.csv for the projects part), or a folder of them.",
        Connector = () => new ProgrammeListConnector(),
        Sample = "programmes",
        InDemo = true,
    };
}
