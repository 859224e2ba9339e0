namespace IcPerMed.Analytics.Membership;

/// <summary>
/// The consortium countries (the countries file's, and the members' own but the EU), each with the national funders
/// the warehouse holds projects of.
/// </summary>
internal static class CountryTable
{
    /// <summary>The European Commission's funder id: EU money is no country's national data.</summary>
    public const string EuropeanCommission = "EC";

    public static IReadOnlyList<CountryCoverage> Build(MembershipList list, IReadOnlyList<WarehouseFunder> funders,
        IReadOnlyDictionary<string, FundingFigures> figures)
    {
        var codes = list.Countries.Select(c => c.Country).Concat(list.Members.Select(m => m.Country).Where(c => c != "EU"))
            .Distinct().Order(StringComparer.Ordinal);
        return [.. codes.Select(code =>
        {
            var listedBy = new List<string>();
            if (list.Countries.Any(c => c.Country == code))
                listedBy.Add("consortium countries file");
            if (list.Members.Where(m => m.Country == code).Select(m => m.ShortName).ToList() is { Count: > 0 } members)
                listedBy.Add("members: " + string.Join(", ", members));
            var national = funders.Where(f => f.Country == code && f.Id != EuropeanCommission).ToList();
            return new CountryCoverage(code,
                [.. list.Countries.Where(c => c.Country == code && c.Region is not null).Select(c => c.Region!)],
                listedBy,
                [.. national.Where(f => figures.ContainsKey(f.Id)).Select(f => new FunderCoverage(f, figures[f.Id]))
                    .OrderByDescending(f => f.Figures.Projects).ThenBy(f => f.Funder.Id, StringComparer.Ordinal)],
                [.. national.Where(f => !figures.ContainsKey(f.Id))]);
        })];
    }
}
