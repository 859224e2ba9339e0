using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Challenge x country (or funder): each cell coloured by the member's share of its PM projects in the challenge relative
/// to the consortium-wide share (1 = the same); empty cells marked ×, significantly under- or over-represented cells ▼ / ▲;
/// members too few to judge drawn grey. One flat colour per cell in PNG and SVG alike.
/// </summary>
public static class GapHeatmapChart
{
    /// <summary>Members drawn at most (largest first); the data table lists them all.</summary>
    public const int MaxMembers = 40;

    public const string EmptyMark = "×";
    public const string UnderMark = "▼";
    public const string OverMark = "▲";
    public const string YLabel = "Action Plan challenge";
    public const string TooFewLabel = "too few to judge";

    /// <summary>The colour of a member too few to judge: a grey outside the diverging scale, so it never reads as a gap.</summary>
    public static Color TooFewColour { get; } = Color.FromHex("#BDBDBD");

    /// <summary>What the colour means, for the colour bar and the report.</summary>
    public const string ColourMeaning = "Colour: member's share of its PM projects in the challenge ÷ consortium-wide share " +
        "(1 = same as the consortium, 0 = none, 2 = twice or more). × empty cell; ▲ / ▼ flagged over / under; " +
        "grey: too few to judge (fewer PM projects than the stated minimum).";

    /// <summary>The chart id of the heatmap per <paramref name="dimension"/>: <c>gaps-country</c> or <c>gaps-funder</c>.</summary>
    public static string IdOf(GapDimension dimension) => dimension == GapDimension.Country ? "gaps-country" : "gaps-funder";

    /// <summary>The heatmap of <paramref name="content"/>'s matrix, judged with <paramref name="minProjects"/> PM projects.</summary>
    public static DashboardChart Create(SnapshotContent content, GapDimension dimension = GapDimension.Country,
        int minProjects = GapMatrix.DefaultMinProjects)
    {
        // Judged again also when the snapshot was taken before the minimum existed, so chart, page and report agree.
        var matrix = (dimension == GapDimension.Country ? content.CountryGaps : content.FunderGaps).WithMinProjects(minProjects);
        var noun = dimension == GapDimension.Country ? "country" : "funder";
        // Short enough for the 720-pixel email image: the longer wording was clipped at both ends.
        var (id, title, xLabel) = (IdOf(dimension), $"Challenge coverage per {noun} against the consortium",
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
                // A member too few to judge has no ratio worth a colour: its column is covered in TooFewColour (below).
                ratios[row, column] = cell is null ? double.NaN : cell.Judged ? Ratio(cell) : 1;
                // An empty cell can also be flagged under: show both marks.
                var mark = cell is null ? "" : (cell.IsEmpty ? EmptyMark : "") + cell.Flag switch { "under" => UnderMark, "over" => OverMark, _ => "" };
                if (mark.Length > 0)
                    marks.Add((mark, column, row));
            }
        var heatmap = plot.Add.Heatmap(ratios);
        // One rectangle per cell: the default draws a bitmap of one pixel per cell and stretches it, which SVG viewers
        // smooth into a blur (ScottPlot's docs say so of RenderStrategies.Rectangles); PNG was crisp only because Skia
        // stretched it without filtering.
        heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
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
        TooFewNote(plot, members.Count(m => !matrix.IsJudged(m)), members.Count, challenges.Count);
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "share ÷ consortium share";
        bar.LabelStyle.FontName = ChartCanvas.Font;
        // Many members leave a cell narrower than two upright letters (the 720-pixel email overlapped them): short labels
        // ("?" for unknown) turned on their side, one line high each; the data table names every member in full.
        var crowded = members.Count > 20;
        ChartCanvas.CategoryTicks(plot.Axes.Bottom, [.. members.Select(m => m.Member == "unknown" ? "?" : ChartCanvas.Shorten(m.Member, crowded ? 3 : 12))]);
        if (crowded)
        {
            plot.Axes.Bottom.TickLabelStyle.FontSize = 9;
            plot.Axes.Bottom.TickLabelStyle.Rotation = -90;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            // ScottPlot sizes the axis by upright labels: room for three letters on their side, the ticks and the axis label.
            plot.Axes.Bottom.MinimumSize = 58;
        }
        ChartCanvas.CategoryTicks(plot.Axes.Left, [.. challenges.Reverse().Select(ChartWords.ChallengeShort)]);
        plot.Axes.SetLimits(-0.5, members.Count - 0.5, -0.5, challenges.Count - 0.5);
        return new DashboardChart(id, title, xLabel, YLabel, method, AltText(matrix, members.Count, noun), table, plot);
    }

    /// <summary>
    /// One flat grey block, labelled "too few to judge", over the members at the right (largest first puts them last).
    /// Not NaN cells in the heatmap: ScottPlot takes a data range from the intensities, which fails when all are NaN.
    /// </summary>
    private static void TooFewNote(Plot plot, int tooFew, int drawn, int rows)
    {
        if (tooFew == 0)
            return;
        var block = plot.Add.Rectangle(drawn - tooFew - 0.5, drawn - 0.5, -0.5, rows - 0.5);
        block.FillColor = TooFewColour;
        block.LineWidth = 0;
        var text = plot.Add.Text(TooFewLabel, drawn - tooFew / 2.0 - 0.5, (rows - 1) / 2.0);
        text.LabelFontName = ChartCanvas.Font;
        text.LabelFontSize = 11;
        text.LabelFontColor = Colors.Black.WithAlpha(0.7);
        text.LabelAlignment = Alignment.MiddleCenter;
        // A block narrower than the words (under about a fifth of the plot) gets them on their side.
        if (tooFew * 5 < drawn)
            text.LabelRotation = -90;
    }

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
