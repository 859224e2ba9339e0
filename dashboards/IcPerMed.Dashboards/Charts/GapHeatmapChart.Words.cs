using IcPerMed.Analytics.Gaps;

namespace IcPerMed.Dashboards.Charts;

public static partial class GapHeatmapChart
{
    /// <summary>The cell's share of the member's projects relative to the consortium share; 1 when both are 0.</summary>
    public static double Ratio(GapCell cell) =>
        cell.ConsortiumShare > 0 ? Math.Min(cell.Share / cell.ConsortiumShare, 2) : cell.Share > 0 ? 2 : 1;

    private static string AltText(GapMatrix matrix, int drawn, string noun)
    {
        var members = matrix.Members.Count(m => m.Projects > 0);
        var flagged = matrix.FlaggedCells;
        var nouns = members == 1 ? noun : noun == "country" ? "countries" : noun + "s";
        var tooFew = matrix.TooFewMembers.Count;
        var text = $"Heatmap of {members} {nouns} by {matrix.Challenges.Count} challenges" +
            (drawn < members ? $" (the {drawn} with most PM projects drawn)" : "") +
            $": {members - tooFew} judged and {tooFew} {TooFewLabel} (fewer than {matrix.MinProjects} PM projects, grey); " +
            $"{matrix.EmptyCells.Count} empty cell{(matrix.EmptyCells.Count == 1 ? "" : "s")} (no PM project) and {flagged.Count} flagged " +
            $"({flagged.Count(c => c.Flag == "under")} under-represented, {flagged.Count(c => c.Flag == "over")} over-represented).";
        if (matrix.Cells.Where(c => c.Judged && c.Projects > 0).MaxBy(Ratio) is { } top)
            text += $" Highest relative share: {top.Member} in {ChartWords.Challenge(top.Challenge)}, {ChartWords.Percent(top.Share)} of its projects against {ChartWords.Percent(top.ConsortiumShare)} consortium-wide.";
        return text;
    }

    private static ChartTable Table(GapMatrix matrix)
    {
        var headers = new List<string> { matrix.Dimension == GapDimension.Country ? "Country" : "Funder", "Name", "PM projects", "PM funding" };
        headers.AddRange(matrix.Challenges.Select(c => $"{ChartWords.Challenge(c)}: projects, EUR apportioned (share vs consortium)"));
        var rows = matrix.Members.Select(m => (IReadOnlyList<ChartCell>)[
            new ChartCell(m.Member), new ChartCell(matrix.IsJudged(m) ? m.Name : $"{m.Name} ({TooFewLabel})"),
            new ChartCell(ChartWords.Number(m.Projects)), new ChartCell(ChartWords.Eur(m.Funding)),
            .. matrix.Challenges.Select(c => matrix.Find(m.Member, c) is { } cell
                ? new ChartCell(CellText(cell), ChartDrill.Gap(matrix.Dimension, m.Member, c)) : new ChartCell("")),
        ]).ToList();
        return new ChartTable(headers, rows);
    }

    /// <summary>"8, EUR 400,000 (80 % vs 40 %) ▲ over", "0, EUR 0 × empty", "1, EUR 20,000 (too few to judge)".</summary>
    public static string CellText(GapCell cell) =>
        $"{ChartWords.Number(cell.Projects)}, {ChartWords.Eur(cell.FundingApportioned)}" +
        (cell.Judged ? $" ({ChartWords.Percent(cell.Share)} vs {ChartWords.Percent(cell.ConsortiumShare)})" : $" ({TooFewLabel})") +
        (cell.IsEmpty ? $" {EmptyMark} empty" : "") +
        (cell.Flag switch { "under" => $" {UnderMark} under", "over" => $" {OverMark} over", _ => "" });
}
