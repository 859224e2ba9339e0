namespace IcPerMed.Ingestion.Sources.Anr;

/// <summary>
/// The titles of the PIA / France 2030 actions the export names only by code (Action.Titre.Francais holds "RHUS",
/// "IAHU", ...). Only actions whose name is certain are listed; any other code is kept as a programme without a title
/// rather than with a guessed one.
/// </summary>
internal static class AnrActions
{
    private static readonly Dictionary<string, string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RHUS"] = "Recherche hospitalo-universitaire en santé",
        ["IAHU"] = "Instituts hospitalo-universitaires",
        ["IBHU"] = "Instituts hospitalo-universitaires",
        ["COHO"] = "Cohortes",
        ["INBS"] = "Infrastructures nationales en biologie et santé",
        ["BTBR"] = "Biotechnologies et bioressources",
        ["BINF"] = "Bioinformatique",
        ["NANB"] = "Nanobiotechnologies",
        ["LABX"] = "Laboratoires d'excellence",
        ["EQPX"] = "Équipements d'excellence",
        ["IDEX"] = "Initiatives d'excellence",
        ["IDFI"] = "Initiatives d'excellence en formations innovantes",
        ["SATT"] = "Sociétés d'accélération du transfert de technologies",
        ["CARN"] = "Instituts Carnot",
        ["EURE"] = "Écoles universitaires de recherche",
        ["NCUN"] = "Nouveaux cursus à l'université",
        ["IEED"] = "Instituts d'excellence en énergies décarbonées",
    };

    /// <summary>The action's title, or null when not known.</summary>
    public static string? TitleOf(string code) => Titles.GetValueOrDefault(code);
}
