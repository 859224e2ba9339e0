namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// The column titles of NHMRC's "summary of results" outcome table (2015 application round, as converted to CSV; see
/// shared/data/nhmrc-australia/SOURCE.md). The header's 22nd title is empty and every row's 22nd cell is ".": an
/// OpenOffice artefact, counted for the field count and otherwise not read.
/// </summary>
internal static class NhmrcColumns
{
    public const string AppId = "APP ID";
    public const string DateAnnounced = "Date Announced";
    public const string GrantType = "Grant Type";
    public const string SubType = "Sub Type";
    public const string Title = "Grant Title";
    public const string AdminInstitution = "Admin Institution";
    public const string Sector = "Sector";
    public const string StartYear = "Start Yr";
    public const string EndYear = "End Yr";
    public const string Total = "Total";
    public const string BroadResearchArea = "Broad Research Area";
    public const string ForCategory = "FOR Category";
    public const string FieldOfResearch = "Field of Research";
    public const string PlainDescription = "Plain Description";

    /// <summary>Research keywords 1 to 5.</summary>
    public static readonly string[] Keywords = ["Res KW1", "Res KW2", "Res KW3", "Res KW4", "Res KW5"];

    /// <summary>Without these a row cannot become a project with its money and years; a file missing one is refused.</summary>
    public static readonly string[] Required = [AppId, Title, Total, StartYear, EndYear];
}
