namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// The agency abbreviations RePORTER's <c>agencies</c> criterion takes: the 27 NIH institutes and centres plus the
/// Office of the Director, and the other HHS agencies RePORTER lists. Used to split a fiscal year that is too large
/// when the query names no agencies; the harvest checks the parts cover the whole, since a new IC would be missed.
/// </summary>
internal static class NihAgencies
{
    public static IReadOnlyList<string> All { get; } =
    [
        "CC", "CIT", "CSR", "FIC", "NCATS", "NCCIH", "NCI", "NEI", "NHGRI", "NHLBI", "NIA", "NIAAA", "NIAID", "NIAMS",
        "NIBIB", "NICHD", "NIDA", "NIDCD", "NIDCR", "NIDDK", "NIEHS", "NIGMS", "NIMH", "NIMHD", "NINDS", "NINR", "NLM", "OD",
        "AHRQ", "ALLCDC", "FDA", "ACF", "VA", "SAMHSA",
    ];
}
