namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The column titles of the ANR export "ANR_02 Projets ANR DGPIE" (data.gouv.fr): the projects file (one row per funded
/// project) and the partners file (one row per partner of a project). See shared/data/anr-france-pia/SOURCE.md.
/// </summary>
internal static class AnrColumns
{
    public const string ProjectCode = "Projet.Code_Decision_ANR";
    public const string StartDate = "Projet.Date_debut";
    public const string Edition = "Action.Edition";
    public const string Action = "Action.Titre.Francais";
    public const string Acronym = "Projet.Acronyme";
    public const string Title = "Projet.Titre.Francais";
    public const string Abstract = "Projet.Resume.Francais";
    public const string AidAllocated = "Projet.Aide_allouee";

    public const string PartnerCode = "Projet.Partenaire.Code_Decision_ANR";
    public const string Coordinator = "Projet.Partenaire.Est_coordinateur";
    public const string OrganisationName = "Projet.Partenaire.Nom_organisme";
    public const string OrganisationCategory = "Projet.Partenaire.Categorie_organisme";
    public const string City = "Projet.Partenaire.Adresse.Ville";
    public const string Region = "Projet.Partenaire.Adresse.Region";
    public const string Country = "Projet.Partenaire.Adresse.Pays";

    /// <summary>Without these a projects row cannot become a project with its money; a file lacking one is refused.</summary>
    public static readonly string[] ProjectsRequired = [ProjectCode, Title, AidAllocated];

    /// <summary>Without these a partners row cannot become a participation; a file lacking one is refused.</summary>
    public static readonly string[] PartnersRequired = [ProjectCode, Coordinator, OrganisationName];
}
