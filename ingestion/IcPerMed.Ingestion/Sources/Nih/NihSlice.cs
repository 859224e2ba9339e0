namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// One part of a query that is paged on its own: the whole query, one fiscal year of it, or one fiscal year and one
/// agency. <see cref="Key"/> names its pages in the checkpoint ("all-offset-0", "fy2021-offset-500",
/// "fy2021-NCI-offset-500").
/// </summary>
public sealed record NihSlice(int? FiscalYear, string? Agency)
{
    public static NihSlice Whole { get; } = new(null, null);

    public string Key => (FiscalYear, Agency) switch
    {
        (null, null) => "all",
        ({ } year, null) => $"fy{year}",
        (null, { } agency) => agency,
        ({ } year, { } agency) => $"fy{year}-{agency}",
    };

    public string PageKey(int offset) => $"{Key}-offset-{offset}";

    public override string ToString() => Key;
}
