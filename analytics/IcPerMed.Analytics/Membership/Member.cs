namespace IcPerMed.Analytics.Membership;

/// <summary>
/// One consortium organisation of the members file: who it is, on which list(s) it stands and on what evidence, and
/// the warehouse funder ids that hold its projects (empty: match the warehouse's funders by acronym or name).
/// </summary>
/// <param name="Organisation">Its name.</param>
/// <param name="Acronyms">Its acronyms (DLR and BMBF for the row both lists name), possibly none.</param>
/// <param name="Country">ISO 3166-1 alpha-2, or EU for the European Commission.</param>
/// <param name="Region">The region it funds for (Quebec), if any.</param>
/// <param name="Marks">The lists naming it: <see cref="MemberLists.IcPerMed"/> and/or <see cref="MemberLists.EraPerMed"/>.</param>
/// <param name="FunderIds">Warehouse funder ids holding its projects; empty when not known.</param>
/// <param name="Note">Free text (what the other list calls it, what is unknown).</param>
/// <param name="Line">Its line in the members file.</param>
public sealed record Member(
    string Organisation,
    IReadOnlyList<string> Acronyms,
    string Country,
    string? Region,
    IReadOnlyList<MemberMark> Marks,
    IReadOnlyList<string> FunderIds,
    string? Note,
    long Line)
{
    /// <summary>"Health Research Board (HRB)", "Swedish Research Council".</summary>
    public string Label => Acronyms.Count > 0 ? $"{Organisation} ({string.Join('/', Acronyms)})" : Organisation;

    /// <summary>The acronyms, else the name: how a table names the member in a list.</summary>
    public string ShortName => Acronyms.Count > 0 ? string.Join('/', Acronyms) : Organisation;

    /// <summary>"icpermed member; erapermed coordinator".</summary>
    public string MarksText => string.Join("; ", Marks.Select(m => m.Role is null ? m.List : $"{m.List} {m.Role}"));
}

/// <summary>One list naming a member: the list, the role it states (null: not stated) and the public source of that.</summary>
public sealed record MemberMark(string List, string? Role, string Source);

/// <summary>The lists a member can be marked with, and the roles each states.</summary>
public static class MemberLists
{
    public const string IcPerMed = "icpermed";
    public const string EraPerMed = "erapermed";

    public static IReadOnlyList<string> All { get; } = [IcPerMed, EraPerMed];

    /// <summary>The roles a list's role column may hold (empty: not stated).</summary>
    public static IReadOnlyList<string> RolesOf(string list) => list == IcPerMed ? ["member", "observer"] : ["coordinator", "partner"];
}
