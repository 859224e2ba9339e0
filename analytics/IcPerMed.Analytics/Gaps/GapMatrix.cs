using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// Challenge x country (or x funder): counts and funding of PM projects per cell, each cell's share against the
/// consortium-wide share with a significance flag, and the empty cells.
/// </summary>
public sealed record GapMatrix(
    GapDimension Dimension,
    Quarter Quarter,
    IReadOnlyList<string> Challenges,
    IReadOnlyList<GapMember> Members,
    IReadOnlyList<GapCell> Cells,
    double Alpha)
{
    /// <summary>How cells are flagged, for every table, chart and report that shows the flags.</summary>
    public const string TestDescription =
        "Exact two-sided binomial test (as R's binom.test) of the cell's project count out of the member's PM projects " +
        "against the consortium-wide share of PM projects touching the challenge; p-values adjusted over all cells of " +
        "the matrix by Benjamini-Hochberg; a cell is flagged 'under' or 'over' when its adjusted p-value is below alpha.";

    /// <summary>Cells with no PM project, in member then challenge order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<GapCell> EmptyCells => [.. Cells.Where(c => c.IsEmpty)];

    /// <summary>Cells flagged under or over.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<GapCell> FlaggedCells => [.. Cells.Where(c => c.Flag.Length > 0)];

    public GapCell? Find(string member, string challenge) =>
        Cells.FirstOrDefault(c => c.Member == member && c.Challenge == challenge);
}
