namespace IcPerMed.Analytics.Membership;

/// <summary>
/// Ties a member to warehouse funders: the ids its row names; else, by name, the funders of its country (or of no stated
/// country) whose id or name equals one of its acronyms, or whose name equals its organisation's, ignoring case. The
/// country must agree because acronyms repeat across countries (MSA, MSE); an id not in the funder table still counts.
/// </summary>
internal static class FunderMatcher
{
    public static FunderMatch Match(Member member, IReadOnlyList<WarehouseFunder> funders)
    {
        if (member.FunderIds.Count > 0)
            return new FunderMatch(FunderMatch.ById, [.. member.FunderIds.Select(id => funders.FirstOrDefault(f => f.Id == id) ?? new WarehouseFunder(id, null, null))]);
        var names = member.Acronyms.Append(member.Organisation).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var matched = funders.Where(f => (f.Country is null || f.Country == member.Country)
            && (member.Acronyms.Contains(f.Id, StringComparer.OrdinalIgnoreCase) || (f.Name is { } name && names.Contains(name.Trim())))).ToList();
        return matched.Count > 0 ? new FunderMatch(FunderMatch.ByName, matched) : new FunderMatch(FunderMatch.None, []);
    }
}
