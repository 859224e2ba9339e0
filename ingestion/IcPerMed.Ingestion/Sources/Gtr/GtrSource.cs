using System.CommandLine;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// UKRI Gateway to Research in the source registry: <c>harvest gtr [--query TEXT] [--search-fields F] [--page-size N]</c>,
/// Sundays 05:00. The search options exist because GtR is an API that takes a search and a page size.
/// </summary>
public static class GtrSource
{
    private static readonly Option<string?> Query = new("--query")
    {
        Description = $"Search text sent as q= (API only). Default: \"{GtrConnector.DefaultQuery}\"; \"\" reads every project.",
        DefaultValueFactory = _ => GtrConnector.DefaultQuery,
    };

    private static readonly Option<string?> SearchFields = new("--search-fields")
    {
        Description = "GtR search fields sent as f= (API only), e.g. pro.t for project titles; default: GtR's own.",
    };

    private static readonly Option<int> PageSize = CreatePageSize();

    /// <summary>
    /// The project's page on Gateway to Research by its grant reference, <c>https://gtr.ukri.org/projects?ref=MR%2FM016501%2F1</c>
    /// (the address the v1 XML gives each project, over https; shared/data/ukri-gtr/SOURCE.md); none without a reference.
    /// </summary>
    public static string? RecordPage(string? grantReference) =>
        string.IsNullOrWhiteSpace(grantReference) ? null : $"https://gtr.ukri.org/projects?ref={Uri.EscapeDataString(grantReference.Trim())}";

    public static SourceRegistration Registration { get; } = new()
    {
        Name = GtrConnector.SourceName,
        Description = "UKRI Gateway to Research: projects of the GtR-2 API search (each project's FUND and LEAD_ORG links followed once per id, " +
            "two requests a second, pages kept in --state-dir until the run commits), or recorded GtR v1 project XML. GtR has no " +
            "changed-since filter, so every run reads the whole search; unchanged projects stay unchanged.",
        FromHelp = "The GtR-2 API base URL, or recorded GtR v1 project XML (a file or a folder of files, e.g. " +
            "data/samples/ukri-gtr/gtrapi-v1-project-xml).",
        Options = [Query, SearchFields, PageSize],
        Connector = () => new GtrConnector(),
        ConnectorFromOptions = parseResult => new GtrConnector(parseResult.GetValue(Query) is { Length: > 0 } q ? q : null,
            parseResult.GetValue(SearchFields), parseResult.GetValue(PageSize)),
        Schedule = new("0 0 5 ? * SUN"),
        Sample = "ukri-gtr/gtrapi-v1-project-xml",
        InDemo = true,
    };

    private static Option<int> CreatePageSize()
    {
        var pageSize = new Option<int>("--page-size")
        {
            Description = $"Projects per page, s= (API only; GtR serves 10 to 100). Default: {GtrConnector.DefaultPageSize}",
            DefaultValueFactory = _ => GtrConnector.DefaultPageSize,
        };
        pageSize.Validators.Add(result =>
        {
            if (result.GetValue(pageSize) is < 1 or > 100)
                result.AddError("--page-size must be between 1 and 100 (GtR serves at most 100 a page).");
        });
        return pageSize;
    }
}
