namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// What the NIH RePORTER connector asks the Project API for: fiscal years, an advanced text search over titles, terms
/// and abstracts, and optionally the administering or funding institutes and centres (ICs).
/// </summary>
public sealed record NihQuery
{
    /// <summary>Boolean text RePORTER's "advanced" operator understands; the default finds personalised medicine.</summary>
    public const string DefaultText = "\"personalized medicine\" OR \"precision medicine\"";

    /// <summary>Where the text is searched: RePORTER's names for title, project terms and abstract.</summary>
    public const string DefaultSearchFields = "projecttitle,terms,abstracttext";

    /// <summary>How many fiscal years back from the current one the default query reaches.</summary>
    public const int DefaultYearsBack = 4;

    /// <summary>The Project API's largest page (FORMATS.md §2: <c>limit</c> max 500 per request).</summary>
    public const int MaxLimit = 500;

    /// <summary>Fiscal years to ask for; empty means the current one and the <see cref="DefaultYearsBack"/> before it.</summary>
    public IReadOnlyList<int> FiscalYears { get; init; } = [];

    /// <summary>Advanced text search; null or blank asks for every project of the years and agencies.</summary>
    public string? Text { get; init; } = DefaultText;

    /// <summary>IC abbreviations (NCI, NHLBI ...) as RePORTER's <c>agencies</c> criterion takes them; empty for all.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>Records per request: 500 against RePORTER; tests page with less.</summary>
    public int Limit { get; init; } = MaxLimit;

    /// <summary>The default query: personalised-medicine text over the recent fiscal years.</summary>
    public static NihQuery Default { get; } = new();

    /// <summary>
    /// This query with its fiscal years filled in: the current US federal fiscal year (it starts on 1 October) and the
    /// <see cref="DefaultYearsBack"/> before it, when none were given.
    /// </summary>
    public NihQuery Resolve(DateTimeOffset now)
    {
        if (Limit is < 1 or > MaxLimit)
            throw new InvalidOperationException($"a RePORTER page holds 1 to {MaxLimit} records, not {Limit}");
        if (FiscalYears.Count > 0)
            return this with { FiscalYears = [.. FiscalYears.Distinct().Order()] };
        var current = now.Month >= 10 ? now.Year + 1 : now.Year;
        return this with { FiscalYears = [.. Enumerable.Range(current - DefaultYearsBack, DefaultYearsBack + 1)] };
    }
}
