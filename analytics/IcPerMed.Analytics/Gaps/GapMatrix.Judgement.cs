using System.Globalization;
using System.Text.Json.Serialization;

namespace IcPerMed.Analytics.Gaps;

/// <summary>
/// Which rows the matrix judges. A country with one or two PM projects has empty cells by arithmetic, not by a gap in
/// funding, and a test on two trials flags nothing: such a row is "too few to judge", and its cells are left out of the
/// alerts (empty, flagged) and out of the multiple-comparison family.
/// </summary>
public sealed partial record GapMatrix
{
    /// <summary>PM projects a member needs, by default, to be judged (<c>--min-projects</c>, <c>?min-projects=</c>).</summary>
    public const int DefaultMinProjects = 3;

    /// <summary>The test level snapshots are judged at (the gaps command's --alpha default).</summary>
    public const double DefaultAlpha = GapMatrixBuilder.DefaultAlpha;

    /// <summary>What "too few to judge" means, for every view that marks it.</summary>
    public string TooFewDescription =>
        string.Create(CultureInfo.InvariantCulture, $"Too few to judge: fewer than {MinProjects} PM projects, so its empty cells say nothing about a gap; ") +
        "its cells are shown but neither listed as empty nor tested.";

    /// <summary>True when <paramref name="member"/> has at least <see cref="MinProjects"/> PM projects.</summary>
    public bool IsJudged(GapMember member) => member.Projects >= MinProjects;

    [JsonIgnore]
    public IReadOnlyList<GapMember> JudgedMembers => [.. Members.Where(IsJudged)];

    [JsonIgnore]
    public IReadOnlyList<GapMember> TooFewMembers => [.. Members.Where(m => !IsJudged(m))];

    /// <summary>The sum of every cell's apportioned EUR (each cell rounded to the cent).</summary>
    [JsonIgnore]
    public decimal FundingInCells => Cells.Sum(c => c.FundingApportioned);

    /// <summary>
    /// The matrix judged again with another minimum: cells of members below it are too few to judge (flag "", q 1), the
    /// others' p-values are adjusted anew over the judged cells only. The p-values themselves do not depend on the minimum.
    /// </summary>
    public GapMatrix WithMinProjects(int minProjects)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minProjects);
        var judged = Members.Where(m => m.Projects >= minProjects).Select(m => m.Member).ToHashSet(StringComparer.Ordinal);
        var tested = Cells.Where(c => judged.Contains(c.Member)).ToList();
        var q = FalseDiscoveryRate.BenjaminiHochberg([.. tested.Select(c => c.PValue)]);
        var adjusted = tested.Select((c, i) => (c, q[i])).ToDictionary(t => (t.c.Member, t.c.Challenge), t => t.Item2);
        var cells = Cells.Select(c => adjusted.TryGetValue((c.Member, c.Challenge), out var qValue)
            ? c with { QValue = qValue, Flag = qValue < Alpha ? (c.Share < c.ConsortiumShare ? "under" : "over") : "", Judged = true }
            : c with { QValue = 1, Flag = "", Judged = false }).ToList();
        return this with { Cells = cells, MinProjects = minProjects };
    }

    /// <summary>"37 countries x 5 challenges: 12 judged, 25 too few to judge (under 3 PM projects); 9 empty cells, 0 flagged".</summary>
    public string Summary()
    {
        var noun = Dimension == GapDimension.Country ? "countries" : "funders";
        return string.Create(CultureInfo.InvariantCulture,
            $"{Members.Count} {noun} x {Challenges.Count} challenges: {JudgedMembers.Count} judged, {TooFewMembers.Count} too few to judge " +
            $"(under {MinProjects} PM projects); {EmptyCells.Count} empty cells, {FlaggedCells.Count} flagged");
    }
}
