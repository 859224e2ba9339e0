using System.CommandLine;

namespace IcPerMed.Ingestion.Sources.Nih;

/// <summary>
/// NIH RePORTER in the source registry: <c>harvest nih [--fiscal-year Y ...] [--text "..."] [--agency IC ...]
/// [--page-size N]</c>, Sundays 01:00 New York time (NIH asks for large jobs at weekends or between 9 PM and 5 AM Eastern).
/// </summary>
public static class NihSource
{
    private static readonly Option<int[]> FiscalYear = new("--fiscal-year")
    {
        Description = $"A US federal fiscal year to ask for (repeat for more). Default: the current one and the {NihQuery.DefaultYearsBack} before it.",
        DefaultValueFactory = _ => [],
    };

    private static readonly Option<string?> Text = new("--text")
    {
        Description = $"RePORTER advanced text search over title, terms and abstract (AND, OR, NOT, \"phrases\"). Default: {NihQuery.DefaultText}. " +
            "An empty text asks for every project of the years and agencies.",
    };

    private static readonly Option<string[]> Agency = new("--agency")
    {
        Description = "An NIH institute or centre, or HHS agency, as RePORTER abbreviates it (NCI, NHLBI, AHRQ ...; repeat for more). Default: all.",
        DefaultValueFactory = _ => [],
    };

    private static readonly Option<int> PageSize = new("--page-size")
    {
        Description = $"Projects per request, 1 to {NihQuery.MaxLimit} (RePORTER's maximum and the default); smaller pages suit slow links.",
        DefaultValueFactory = _ => NihQuery.MaxLimit,
    };

    public static SourceRegistration Registration { get; } = new()
    {
        Name = NihReporterConnector.SourceName,
        Description = "NIH RePORTER Project API v2 (NIH and other HHS awards): one project per application, awardee as coordinator, " +
            "ICs as programmes, award in USD and EUR. At most one request a second; a killed run resumes from --state-dir.",
        FromHelp = "The API base URL (POST <URL>/v2/projects/search), or a recorded response (.json, .json.gz, v1 or v2) or a folder of them.",
        Options = [FiscalYear, Text, Agency, PageSize],
        Connector = () => new NihReporterConnector(),
        ConnectorFromOptions = parseResult => new NihReporterConnector(QueryOf(parseResult)),
        Schedule = new("0 0 1 ? * SUN", "America/New_York"),
        Sample = "nih-reporter/reporter_v1_projects_search_response_2022-09-15.json.gz",
        InDemo = true,
    };

    /// <summary>
    /// The project's page on RePORTER: the record's own project_detail_url when it has one, else
    /// <c>https://reporter.nih.gov/project-details/{appl_id}</c> (the pattern of that field, shared/data/FORMATS.md); none
    /// for a record without an application id (the v1 recordings carry project_num only, and RePORTER's pages are by appl_id).
    /// </summary>
    public static string? RecordPage(string? detailUrl, long? applicationId) =>
        detailUrl is { Length: > 0 } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps ? url
        : applicationId is { } id ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"https://reporter.nih.gov/project-details/{id}")
        : null;

    private static NihQuery QueryOf(ParseResult parseResult)
    {
        var query = new NihQuery
        {
            FiscalYears = parseResult.GetValue(FiscalYear) ?? [],
            Text = parseResult.GetResult(Text) is null ? NihQuery.DefaultText : parseResult.GetValue(Text),
            Agencies = [.. (parseResult.GetValue(Agency) ?? []).Select(a => a.Trim().ToUpperInvariant())],
            Limit = parseResult.GetValue(PageSize),
        };
        if (query.Limit is < 1 or > NihQuery.MaxLimit)
            throw new SourceOptionException($"--page-size takes 1 to {NihQuery.MaxLimit}");
        if (query.FiscalYears.Any(year => year is < 1985 or > 2100))
            throw new SourceOptionException("--fiscal-year takes a year such as 2024 (RePORTER starts at 1985)");
        return query;
    }
}
