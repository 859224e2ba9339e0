using System.Globalization;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// What one GtR-2 harvest asks for: the API base (e.g. https://gtr.ukri.org/gtr/api), an optional search text
/// (<c>q</c>) and search fields (<c>f</c>), and the page size (<c>s</c>, 10 to 100 on the live API).
/// </summary>
public sealed record GtrApiQuery(Uri BaseUrl, string? Text, string? Fields, int PageSize)
{
    /// <summary>The JSON media type of GtR-2; without it the API answers XML.</summary>
    public const string JsonMediaType = "application/vnd.rcuk.gtr.json-v7";

    /// <summary>Page <paramref name="page"/> (1-based) of the project search.</summary>
    public Uri ProjectsPage(int page)
    {
        var query = $"p={page.ToString(CultureInfo.InvariantCulture)}&s={PageSize.ToString(CultureInfo.InvariantCulture)}";
        if (!string.IsNullOrWhiteSpace(Text))
            query += "&q=" + Uri.EscapeDataString(Text);
        if (!string.IsNullOrWhiteSpace(Fields))
            query += "&f=" + Uri.EscapeDataString(Fields);
        return new Uri($"{Base}/projects?{query}");
    }

    /// <summary>
    /// A linked object on this base: GtR links carry the live host (https://gtr.ukri.org/gtr/api/funds/ID); the id is
    /// rebased onto the base we were given, so a mirror or a test server answers.
    /// </summary>
    public Uri Linked(string collection, string id) => new($"{Base}/{collection}/{Uri.EscapeDataString(id)}");

    /// <summary>Names this harvest for its page checkpoint: another base, query or page size keeps its own pages.</summary>
    public string CheckpointKey => $"{Base} q={Text} f={Fields} s={PageSize.ToString(CultureInfo.InvariantCulture)}";

    private string Base => BaseUrl.ToString().TrimEnd('/');
}
