using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Challenge x country (or funder): each cell coloured by the member's share of its PM projects in the challenge relative
/// to the consortium-wide share (1 = the same); empty cells marked ×, significantly under- or over-represented cells ▼ / ▲.
/// </summary>
public static class GapHeatmapChart
{
    /// <summary>Members drawn at most (largest first); the data table lists them all.</summary>
    public const int MaxMembers = 40;

    public const string EmptyMark = "×";
    public const string UnderMark = "▼";
    public const string OverMark = "▲";
    public const string YLabel = "Action Plan challenge";

    /// <summary>What the colour means, for the colour bar and the report.</summary>
    public const string ColourMeaning = "Colour: member's share of its PM projects in the challenge ÷ consortium-wide share " +
        "(1 = same as the consortium, 0 = none, 2 = twice or more). × empty cell; ▲ / ▼ flagged over / under.";

    public static DashboardChart Create(SnapshotContent content, GapDimension dimension = GapDimension.Country)
    {
        var matrix = dimension == GapDimension.Country ? content.CountryGaps : content.FunderGaps;
        var noun = dimension == GapDimension.Country ? "country" : "funder";
        var (id, title, xLabel) = ($"gaps-{noun}", $"Challenge coverage per {noun}: share of PM projects against the consortium",
            dimension == GapDimension.Country ? "Participant country (ISO code)" : "Funder (id)");
        var plot = ChartCanvas.Create(title, xLabel, YLabel);
        var method = "Projects counted any-match: a project counts in every challenge it touches. " + GapMatrix.TestDescription;
        var table = Table(matrix);
        var members = matrix.Members.Where(m => m.Projects > 0).OrderByDescending(m => m.Projects).ThenBy(m => m.Member, StringComparer.Ordinal)
            .Take(MaxMembers).ToList();
        if (members.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(id, title, xLabel, YLabel, method, $"{title}: {ChartWords.NoData}.", table, plot);
        }

        var challenges = matrix.Challenges;
        // Row 0 of the intensities is drawn at the top: c1 on top, c5 at the bottom, as the tables read.
        var ratios = new double[challenges.Count, members.Count];
        var marks = new List<(string Mark, int Column, int Row)>();
        for (var row = 0; row < challenges.Count; row++)
            for (var column = 0; column < members.Count; column++)
            {
                var cell = matrix.Find(members[column].Member, challenges[row]);
                ratios[row, column] = cell is null ? double.NaN : Ratio(cell);
                // An empty cell can also be flagged under: show both marks.
                var mark = cell is null ? "" : (cell.IsEmpty ? EmptyMark : "") + cell.Flag switch { "under" => UnderMark, "over" => OverMark, _ => "" };
                if (mark.Length > 0)
                    marks.Add((mark, column, row));
            }
        var heatmap = plot.Add.Heatmap(ratios);
        heatmap.Colormap = ChartPalette.GapColormap;
        heatmap.ManualRange = new ScottPlot.Range(0, 2);
        heatmap.Rectangle = new CoordinateRect(-0.5, members.Count - 0.5, -0.5, challenges.Count - 0.5);
        foreach (var (mark, column, row) in marks)
        {
            var text = plot.Add.Text(mark, column, challenges.Count - 1 - row);
            text.LabelFontName = ChartCanvas.Font;
            text.LabelFontSize = members.Count > 25 ? 11 : 16;
            text.LabelBold = true;
            text.LabelFontColor = Colors.Black;
            text.LabelAlignment = Alignment.MiddleCenter;
        }
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "share ÷ consortium share";
        bar.LabelStyle.FontName = ChartCanvas.Font;
        // Many members leave a cell narrower than a rotated label is tall: short upright labels instead ("?" for unknown);
        // the data table names every member in full.
        var crowded = members.Count > 20;
        ChartCanvas.CategoryTicks(plot.Axes.Bottom, [.. members.Select(m => m.Member == "unknown" ? "?" : ChartCanvas.Shorten(m.Member, crowded ? 3 : 12))]);
        if (crowded)
            plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
        ChartCanvas.CategoryTicks(plot.Axes.Left, [.. challenges.Reverse().Select(ChartWords.ChallengeShort)]);
        plot.Axes.SetLimits(-0.5, members.Count - 0.5, -0.5, challenges.Count - 0.5);
        return new DashboardChart(id, title, xLabel, YLabel, method, AltText(matrix, members.Count, noun), table, plot);
    }

    /// <summary>The cell's share of the member's projects relative to the consortium share; 1 when both are 0.</summary>
    public static double Ratio(GapCell cell) =>
        cell.ConsortiumShare > 0 ? Math.Min(cell.Share / cell.ConsortiumShare, 2) : cell.Share > 0 ? 2 : 1;

    private static string AltText(GapMatrix matrix, int drawn, string noun)
    {
        var members = matrix.Members.Count(m => m.Projects > 0);
        var flagged = matrix.FlaggedCells;
        var nouns = members == 1 ? noun : noun == "country" ? "countries" : noun + "s";
        var text = $"Heatmap of {members} {nouns} by {matrix.Challenges.Count} challenges" +
            (drawn < members ? $" (the {drawn} with most PM projects drawn)" : "") +
            $": {matrix.EmptyCells.Count} empty cell{(matrix.EmptyCells.Count == 1 ? "" : "s")} (no PM project) and {flagged.Count} flagged " +
            $"({flagged.Count(c => c.Flag == "under")} under-represented, {flagged.Count(c => c.Flag == "over")} over-represented).";
        if (matrix.Cells.Where(c => !c.IsEmpty).MaxBy(Ratio) is { } top)
            text += $" Highest relative share: {top.Member} in {ChartWords.Challenge(top.Challenge)}, {ChartWords.Percent(top.Share)} of its projects against {ChartWords.Percent(top.ConsortiumShare)} consortium-wide.";
        return text;
    }

    private static ChartTable Table(GapMatrix matrix)
    {
        var headers = new List<string> { matrix.Dimension == GapDimension.Country ? "Country" : "Funder", "Name", "PM projects" };
        headers.AddRange(matrix.Challenges.Select(c => $"{ChartWords.Challenge(c)}: projects (share vs consortium)"));
        var rows = matrix.Members.Select(m => (IReadOnlyList<ChartCell>)[
            new ChartCell(m.Member), new ChartCell(m.Name), new ChartCell(ChartWords.Number(m.Projects)),
            .. matrix.Challenges.Select(c => matrix.Find(m.Member, c) is { } cell
                ? new ChartCell(CellText(cell), ChartDrill.Gap(matrix.Dimension, m.Member, c)) : new ChartCell("")),
        ]).ToList();
        return new ChartTable(headers, rows);
    }

    /// <summary>"8 (80 % vs 40 %) ▲ over", "0 × empty".</summary>
    public static string CellText(GapCell cell) =>
        $"{ChartWords.Number(cell.Projects)} ({ChartWords.Percent(cell.Share)} vs {ChartWords.Percent(cell.ConsortiumShare)})" +
        (cell.IsEmpty ? $" {EmptyMark} empty" : "") +
        (cell.Flag switch { "under" => $" {UnderMark} under", "over" => $" {OverMark} over", _ => "" });
}
