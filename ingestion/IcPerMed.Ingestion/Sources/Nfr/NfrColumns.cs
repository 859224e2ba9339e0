namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// The Norwegian column names of the Research Council of Norway's "Bevilgninger fra EU til norske
/// forskningsmiljøer" file (Forskningsradet/open-data datasets/bevilgningereu, described by its fields.csv).
/// </summary>
internal static class NfrColumns
{
    public const string FrameworkProgramme = "Rammeprogram";
    public const string Treaty = "Traktat kode (H2020)";
    public const string ProgrammeAreaCode = "Programområde kode (H2020)";
    public const string ProgrammeArea = "Programområde (H2020)";
    public const string ProgrammeCode = "Program kode (H2020)";
    public const string ProgrammeShortName = "Programkortnavn (H2020)";
    public const string ProgrammeName = "Program (H2020)";
    public const string ProjectNumber = "Prosjektnr";
    public const string ProjectAcronym = "Prosjektkortnavn";
    public const string ProjectTitle = "Prosjektnavn";
    public const string Call = "Utlysnings-id";
    public const string ParentCall = "Overordnet utlysnings-id";
    public const string TopicCode = "Topic kode";
    public const string TopicTitle = "Topic";
    public const string TypeOfAction = "Søknadstype";
    public const string ContractStatus = "Kontraktstatus";
    public const string ContractStart = "Kontrakt startdato";
    public const string ContractEnd = "Kontrakt sluttdato";
    public const string OrganisationNumber = "Organisasjonsnummer";
    public const string OrganisationName = "Organisasjonsnavn";
    public const string OrganisationShortName = "Kortnavn";
    public const string OrganisationRole = "Organisasjon rolle";
    public const string ParticipantNumber = "Deltakernr";
    public const string SectorCode = "FoU sektorkode";
    public const string Municipality = "Adresse kommune";
    public const string GrantEur = "Innvilget beløp organisasjon EUR";

    /// <summary>Without these a row cannot become a project with a participant and its money.</summary>
    public static readonly string[] Required =
        [ProjectNumber, ProjectTitle, ContractStart, ContractEnd, OrganisationName, GrantEur];

    /// <summary>Read when present; a file without them still yields projects with those fields empty.</summary>
    public static readonly string[] Optional =
    [
        FrameworkProgramme, Treaty, ProgrammeAreaCode, ProgrammeArea, ProgrammeCode, ProgrammeShortName, ProgrammeName,
        ProjectAcronym, Call, ParentCall, TopicCode, TopicTitle, TypeOfAction, ContractStatus, OrganisationNumber,
        OrganisationShortName, OrganisationRole, ParticipantNumber, SectorCode, Municipality,
    ];
}
