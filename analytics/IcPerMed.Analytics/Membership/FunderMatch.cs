namespace IcPerMed.Analytics.Membership;

/// <summary>A warehouse funder: its id, name and country as the funder table holds them (name and country null when it holds no row).</summary>
public sealed record WarehouseFunder(string Id, string? Name, string? Country)
{
    public string Label => Name is null || Name == Id ? Id : $"{Id} ({Name})";
}

/// <summary>How a member was tied to warehouse funders: by the ids its row names, by acronym or name, or not at all.</summary>
public sealed record FunderMatch(string Method, IReadOnlyList<WarehouseFunder> Funders)
{
    /// <summary>The members file names the funder ids.</summary>
    public const string ById = "funder id";

    /// <summary>No id in the file: funders whose id or name equals an acronym, or whose name equals the organisation's, in its country.</summary>
    public const string ByName = "by name";

    /// <summary>No id in the file, and no funder of that acronym or name.</summary>
    public const string None = "none";

    public IReadOnlyList<string> FunderIds => [.. Funders.Select(f => f.Id)];

    /// <summary>"funder id EC", "by name: ISCIII (Instituto de Salud Carlos III)", "none: no funder id, no name match".</summary>
    public string Describe() => Method switch
    {
        ById => "funder id " + string.Join(", ", Funders.Select(f => f.Id)),
        ByName => "by name: " + string.Join(", ", Funders.Select(f => f.Label)),
        _ => "none: no funder id, no name match",
    };
}
