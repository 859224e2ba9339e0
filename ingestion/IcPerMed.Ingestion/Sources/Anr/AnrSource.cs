namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The ANR PIA / France 2030 export in the source registry: <c>harvest anr</c>, Sundays 04:00, in <c>demo</c>. No record
/// page: the export has no address column, and shared/data/anr-france-pia/SOURCE.md documents no page per decision code.
/// </summary>
public static class AnrSource
{
    public static SourceRegistration Registration { get; } = new()
    {
        Name = AnrConnector.SourceName,
        Description = "Agence nationale de la recherche (France): projects of the State's investment programmes PIA / France 2030 " +
            "(\"ANR_02 Projets ANR DGPIE\", projects and partners XLSX): one project per ANR decision code in EUR, its action " +
            "(RHUS, IAHU, COHO ...) as programme; an allocated aid of 0 (not yet contracted) is funding not stated.",
        FromHelp = "The folder holding an ANR export's <stem>-projets.xlsx and <stem>-partenaires.xlsx, or a -projets.xlsx alone " +
            "(the partners stored before are kept).",
        Connector = () => new AnrConnector(),
        Schedule = new("0 0 4 ? * SUN"),
        Sample = "anr-france-pia",
        InDemo = true,
    };
}
