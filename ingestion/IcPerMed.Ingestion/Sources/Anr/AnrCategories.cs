namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// Maps the ANR organisation category (Projet.Partenaire.Categorie_organisme) to the CORDIS activity type, so ANR
/// partners can be counted with CORDIS and NFR organisations (universities, research organisations, companies, public
/// bodies). Categories seen in the 2022-05-12 export; any other reads as unknown.
/// </summary>
internal static class AnrCategories
{
    private static readonly Dictionary<string, string> ActivityTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Universités, INSA et INP"] = "HES",
        ["Grandes écoles publiques"] = "HES",
        ["ENS et grands établissements"] = "HES",
        ["COMUE Pôle de recherche et d'Enseignement supérieur"] = "HES",
        ["Autres écoles (privées)"] = "HES",
        ["IEP"] = "HES",
        ["Organismes de type EPST"] = "REC", // public science and technology bodies: CNRS, Inserm, INRAE, Inria ...
        ["Organismes de Type EPIC"] = "REC", // public industrial and commercial research bodies: CEA, BRGM, CNES ...
        ["Observatoires"] = "REC",
        ["INHA"] = "REC", // Institut national d'histoire de l'art
        ["Entreprises Privées"] = "PRC",
        ["Organismes Médicaux (Hôpitaux)"] = "PUB", // as NFR's public health trusts
        ["Etablissements de santé"] = "PUB",
        ["Autres établissements (publics)"] = "PUB",
        ["EPA, GIP, organismes avec autre statut"] = "PUB",
        ["Ministères"] = "PUB",
        ["Collectivités"] = "PUB",
        ["Fondations"] = "OTH",
        ["Associations"] = "OTH",
        ["GIE ou Non-Affecté"] = "OTH",
    };

    /// <summary>
    /// "Etranger" (abroad), the category ANR gives partners outside France whatever they are, says where, not what.
    /// </summary>
    public const string Abroad = "Etranger";

    /// <summary>HES, REC, PRC, PUB or OTH; null for "Etranger", "Non renseigné" and categories not listed.</summary>
    public static string? ActivityType(string? category) => category is null ? null : ActivityTypes.GetValueOrDefault(category.Trim());
}
