namespace IcPerMed.Analytics.Explore;

/// <summary>How a project search orders its results; ties are broken by source and source id so pages never overlap.</summary>
public enum ProjectSort
{
    /// <summary>Newest start date first, projects without one last (<c>start-desc</c>).</summary>
    StartDesc,

    /// <summary>Largest grant in EUR first, projects without a known grant last (<c>funding-desc</c>).</summary>
    FundingDesc,

    /// <summary>Title A to Z, ignoring case, projects without a title last (<c>title</c>).</summary>
    Title,
}

/// <summary>The names a sort has in URLs and query strings.</summary>
public static class ProjectSortNames
{
    private static readonly Dictionary<string, ProjectSort> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start-desc"] = ProjectSort.StartDesc,
        ["funding-desc"] = ProjectSort.FundingDesc,
        ["title"] = ProjectSort.Title,
    };

    /// <summary>The URL name of <paramref name="sort"/>: <c>start-desc</c>, <c>funding-desc</c> or <c>title</c>.</summary>
    public static string ToName(this ProjectSort sort) => ByName.Single(pair => pair.Value == sort).Key;

    /// <summary>Reads a URL name; null or blank is the default, <see cref="ProjectSort.StartDesc"/>.</summary>
    public static bool TryParse(string? name, out ProjectSort sort)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            sort = ProjectSort.StartDesc;
            return true;
        }
        return ByName.TryGetValue(name.Trim(), out sort);
    }
}
