namespace IcPerMed.Analytics.Membership;

/// <summary>
/// The members file (docs/members-file.md; bundled: data/reference/membership/members.csv): one row per consortium
/// organisation, marked with the list(s) naming it, the role each states and its source, and the warehouse funder ids
/// holding its projects.
/// </summary>
public static class MembersFile
{
    public const string Organisation = "organisation";
    public const string Acronyms = "acronyms";
    public const string Country = "country";
    public const string Region = "region";
    public const string Lists = "lists";
    public const string FunderIds = "funder_ids";
    public const string Note = "note";

    public static string RoleColumn(string list) => list + "_role";

    public static string SourceColumn(string list) => list + "_source";

    public static IReadOnlyList<string> Columns { get; } =
    [
        Organisation, Acronyms, Country, Region, Lists,
        .. MemberLists.All.SelectMany(list => new[] { RoleColumn(list), SourceColumn(list) }), FunderIds, Note,
    ];

    /// <summary>The members in file order.</summary>
    /// <exception cref="MembershipFileException">A row fails a check; the message names file, line, field and reason.</exception>
    public static async Task<IReadOnlyList<Member>> ReadAsync(Stream stream, string file, CancellationToken cancellationToken)
    {
        var members = new List<Member>();
        foreach (var row in await MembershipCsv.ReadAsync(stream, file, Columns, cancellationToken).ConfigureAwait(false))
        {
            var member = Read(row);
            // One organisation, one row: a second row would count its projects twice in every total of the list.
            if (members.FirstOrDefault(m => string.Equals(m.Organisation, member.Organisation, StringComparison.OrdinalIgnoreCase)) is { } first)
                throw row.Error(Organisation, $"'{member.Organisation}' is already on line {first.Line}: keep one row and mark it with both lists");
            members.Add(member);
        }
        return members;
    }

    private static Member Read(MembershipRow row)
    {
        var organisation = row.Required(Organisation);
        var country = row.Country(Country, euAllowed: true);
        var lists = row.List(Lists);
        if (lists.Count == 0)
            throw row.Error(Lists, $"is empty: name the list(s) the organisation is on ({string.Join(" or ", MemberLists.All)}, ';' between two)");
        if (lists.FirstOrDefault(l => !MemberLists.All.Contains(l)) is { } unknown)
            throw row.Error(Lists, $"'{unknown}' is not a list: use {string.Join(" or ", MemberLists.All)}");
        var marks = new List<MemberMark>();
        foreach (var list in MemberLists.All)
        {
            var (role, source) = (row.Optional(RoleColumn(list)), row.Optional(SourceColumn(list)));
            if (!lists.Contains(list))
            {
                if (role is not null || source is not null)
                    throw row.Error(role is not null ? RoleColumn(list) : SourceColumn(list), $"is filled but '{Lists}' does not name {list}: add it there or empty the cell");
                continue;
            }
            if (role is not null && !MemberLists.RolesOf(list).Contains(role))
                throw row.Error(RoleColumn(list), $"'{role}' is not a role on {list}: use {string.Join(" or ", MemberLists.RolesOf(list))}, or leave it empty when no source states one");
            marks.Add(new MemberMark(list, role, row.Source(SourceColumn(list))));
        }
        return new Member(organisation, row.List(Acronyms), country, row.Optional(Region), marks, row.List(FunderIds), row.Optional(Note), row.Line);
    }
}
