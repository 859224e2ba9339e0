using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// Challenge x country (or x funder): counts and funding of PM projects per cell, each cell's share against the
/// consortium-wide share with a significance flag, and the empty cells. A member with fewer PM projects than
/// <see cref="MinProjects"/> is too few to judge: its cells are shown but neither empty nor flagged.
/// </summary>
/// <param name="MinProjects">PM projects a member needs to be judged; 0 in snapshots taken before the minimum existed.</param>
public sealed partial record GapMatrix(
    GapDimension Dimension,
    Quarter Quarter,
    IReadOnlyList<string> Challenges,
    IReadOnlyList<GapMember> Members,
    IReadOnlyList<GapCell> Cells,
    double Alpha,
    int MinProjects = 0)
{
    /// <summary>How cells are flagged, for every table, chart and report that shows the flags.</summary>
    public const string TestDescription =
        "Exact two-sided binomial test (as R's binom.test) of the cell's project count out of the member's PM projects " +
        "against the consortium-wide share of PM projects touching the challenge; p-values adjusted over the judged cells " +
        "of the matrix by Benjamini-Hochberg; a cell is flagged 'under' or 'over' when its adjusted p-value is below alpha.";

    /// <summary>How each cell's EUR is counted, for every view that shows it.</summary>
    public const string FundingDescription =
        "EUR per cell: the member's part of each PM project's grant (for a country, its participants' contributions over " +
        "the project's; for a funder, its counted money), split equally across the challenges the project touches " +
        "(apportioned), so a row's cells and its PM funding in projects touching no challenge add up to its PM funding " +
        "(to rounding: each cell is rounded to the cent).";

    /// <summary>Judged cells with no PM project, in member then challenge order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<GapCell> EmptyCells => [.. Cells.Where(c => c.IsEmpty)];

    /// <summary>Judged cells flagged under or over.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<GapCell> FlaggedCells => [.. Cells.Where(c => c.Flag.Length > 0)];

    public GapCell? Find(string member, string challenge) =>
        Cells.FirstOrDefault(c => c.Member == member && c.Challenge == challenge);
}
