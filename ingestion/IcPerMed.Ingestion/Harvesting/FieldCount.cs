namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// The one rule every CSV reader of ours applies: a row whose field count differs from its header's is quarantined,
/// never stored. A short row ("990000099;SHORT" under a 20-column header) would otherwise become a record with its
/// title, dates and money read as empty; a long one has its values shifted into the wrong columns. Quoted fields may
/// hold separators and line breaks; they count as one field, so a legal multi-line record passes.
/// </summary>
internal static class FieldCount
{
    /// <summary>
    /// The quarantine reason when <paramref name="fields"/> differs from <paramref name="headerFields"/>, e.g.
    /// "row has 2 fields, header has 20 (a line cut short or broken?)"; null when they agree.
    /// </summary>
    public static string? Mismatch(int fields, int headerFields) => fields == headerFields
        ? null
        : $"row has {fields} fields, header has {headerFields} " +
          (fields < headerFields ? "(a line cut short or broken?)" : "(an unquoted separator inside a field?)");
}
