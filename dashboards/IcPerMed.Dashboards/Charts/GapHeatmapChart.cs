using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;
using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// Challenge x country (or funder): each cell coloured by the member's share of its PM projects in the challenge relative
/// to the consortium-wide share (1 = the same); empty cells marked ×, significantly under- or over-represented cells ▼ / ▲;
/// members too few to judge drawn grey. One flat colour per cell in PNG and SVG alike.
/// </summary>
public static partial class GapHeatmapChart
{
    /// <summary>Members drawn at most (largest first); the data table lists them all.</summary>
    public const int MaxMembers = 40;

    public const string EmptyMark = "×";
    public const string UnderMark = "▼";
    public const string OverMark = "▲";
    public const string YLabel = "Action Plan challenge";
    public const string TooFewLabel = "too few to judge";

    /// <summary>Pixels per member row when members are rows (<see cref="GapHeatmapOrientation.MembersAsRows"/>).</summary>
    public const int RowPixels = 16;

    /// <summary>The colour of a member too few to judge: a grey outside the diverging scale, so it never reads as a gap.</summary>
    public static Color TooFewColour { get; } = Color.FromHex("#BDBDBD");

    /// <summary>What the colour means, for the colour bar and the report.</summary>
    public const string ColourMeaning = "Colour: member's share of its PM projects in the challenge ÷ consortium-wide share " +
        "(1 = same as the consortium, 0 = none, 2 = twice or more). × empty cell; ▲ / ▼ flagged over / under; " +
        "grey: too few to judge (fewer PM projects than the stated minimum).";

    /// <summary>The chart id of the heatmap per <paramref name="dimension"/>: <c>gaps-country</c> or <c>gaps-funder</c>.</summary>
    public static string IdOf(GapDimension dimension) => dimension == GapDimension.Country ? "gaps-country" : "gaps-funder";

    /// <summary>
    /// A figure height that gives every member row of <see cref="GapHeatmapOrientation.MembersAsRows"/> room for its label:
    /// <see cref="RowPixels"/> per member drawn, plus the title, the challenge labels and the axis labels.
    /// </summary>
    public static int MembersAsRowsHeight(SnapshotContent content, GapDimension dimension = GapDimension.Country) =>
        200 + RowPixels * Math.Max(Drawn(Matrix(content, dimension, GapMatrix.DefaultMinProjects)).Count, 1);

    /// <summary>The heatmap of <paramref name="content"/>'s matrix, judged with <paramref name="minProjects"/> PM projects.</summary>
    /// <param name="orientation">Challenges as rows (wide figures: pages, report) or members as rows (narrow: the email).</param>
    public static DashboardChart Create(SnapshotContent content, GapDimension dimension = GapDimension.Country,
        int minProjects = GapMatrix.DefaultMinProjects, GapHeatmapOrientation orientation = GapHeatmapOrientation.ChallengesAsRows)
    {
        var matrix = Matrix(content, dimension, minProjects);
        var noun = dimension == GapDimension.Country ? "country" : "funder";
        var (id, title, memberLabel) = (IdOf(dimension), $"Challenge coverage per {noun} against the consortium",
            dimension == GapDimension.Country ? "Participant country (ISO code)" : "Funder (id)");
        var grid = new GapHeatmapGrid(orientation, Drawn(matrix).Count, matrix.Challenges.Count);
        var (xLabel, yLabel) = grid.MembersAsRows ? (YLabel, memberLabel) : (memberLabel, YLabel);
        var plot = ChartCanvas.Create(title, xLabel, yLabel);
        var method = "Projects counted any-match: a project counts in every challenge it touches. " + GapMatrix.TestDescription;
        var table = Table(matrix);
        var members = Drawn(matrix);
        if (members.Count == 0)
        {
            ChartCanvas.NoData(plot);
            return new DashboardChart(id, title, xLabel, yLabel, method, $"{title}: {ChartWords.NoData}.", table, plot);
        }

        var challenges = matrix.Challenges;
        // Row 0 of the intensities is drawn at the top: c1 (or the largest member) on top, as the tables read.
        var ratios = new double[grid.Rows, grid.Columns];
        var marks = new List<(string Mark, double X, double Y)>();
        var hotspots = new List<ChartHotspot>();
        for (var challenge = 0; challenge < challenges.Count; challenge++)
            for (var member = 0; member < members.Count; member++)
            {
                var cell = matrix.Find(members[member].Member, challenges[challenge]);
                var (row, column) = grid.Cell(member, challenge);
                // A member too few to judge has no ratio worth a colour: it is covered in TooFewColour (below).
                ratios[row, column] = cell is null ? double.NaN : cell.Judged ? Ratio(cell) : 1;
                // An empty cell can also be flagged under: show both marks.
                var mark = cell is null ? "" : (cell.IsEmpty ? EmptyMark : "") + cell.Flag switch { "under" => UnderMark, "over" => OverMark, _ => "" };
                if (mark.Length > 0)
                    marks.Add((mark, column, grid.Rows - 1 - row));
                // Every cell leads to its projects, an empty one too (the list says none).
                hotspots.Add(new ChartHotspot(ChartDrill.Gap(dimension, members[member].Member, challenges[challenge]),
                    CellLabel(members[member].Member, challenges[challenge], cell), column - 0.5, column + 0.5, grid.Rows - 1 - row - 0.5, grid.Rows - 1 - row + 0.5));
            }
        var heatmap = plot.Add.Heatmap(ratios);
        // One rectangle per cell: the default draws a bitmap of one pixel per cell and stretches it, which SVG viewers
        // smooth into a blur (ScottPlot's docs say so of RenderStrategies.Rectangles); PNG was crisp only because Skia
        // stretched it without filtering.
        heatmap.RenderStrategy = new ScottPlot.Plottables.Heatmap.RenderStrategies.Rectangles();
        heatmap.Colormap = ChartPalette.GapColormap;
        heatmap.ManualRange = new ScottPlot.Range(0, 2);
        heatmap.Rectangle = new CoordinateRect(-0.5, grid.Columns - 0.5, -0.5, grid.Rows - 0.5);
        foreach (var (mark, x, y) in marks)
        {
            var text = plot.Add.Text(mark, x, y);
            text.LabelFontName = ChartCanvas.Font;
            text.LabelFontSize = grid.Columns > 25 ? 11 : grid.MembersAsRows ? 12 : 16;
            text.LabelBold = true;
            text.LabelFontColor = Colors.Black;
            text.LabelAlignment = Alignment.MiddleCenter;
        }
        TooFewNote(plot, grid, members.Count(m => !matrix.IsJudged(m)));
        var bar = plot.Add.ColorBar(heatmap);
        bar.Label = "share ÷ consortium share";
        bar.LabelStyle.FontName = ChartCanvas.Font;
        plot.Axes.SetLimits(-0.5, grid.Columns - 0.5, -0.5, grid.Rows - 0.5);
        // Short member labels ("?" for unknown); the data table names every member in full.
        IReadOnlyList<string> memberLabels = [.. members.Select(m => m.Member == "unknown" ? "?" : ChartCanvas.Shorten(m.Member, 12))];
        IReadOnlyList<string> challengeLabels = [.. challenges.Select(ChartWords.ChallengeShort)];
        var (bottom, left) = grid.MembersAsRows ? (challengeLabels, memberLabels.Reverse().ToList()) : (memberLabels, challengeLabels.Reverse().ToList());
        // Laid out for the size the chart is drawn at: the labels that fit a 960-pixel page crowd a 600-pixel email.
        void Fit(Plot p, int width, int height)
        {
            CategoryLabels.Fit(p, p.Axes.Bottom, bottom, width, height);
            CategoryLabels.Fit(p, p.Axes.Left, left, width, height);
            // The left labels' width decides the room along the bottom: fit the bottom again for it.
            CategoryLabels.Fit(p, p.Axes.Bottom, bottom, width, height);
        }
        Fit(plot, 960, 480);
        return new DashboardChart(id, title, xLabel, yLabel, method, AltText(matrix, members.Count, noun), table, plot, Fit, hotspots);
    }

    private static string CellLabel(string member, string challenge, GapCell? cell) =>
        $"{member}, {ChartWords.Challenge(challenge)}: {ChartWords.Number(cell?.Projects ?? 0)} PM projects" +
        (cell is { IsEmpty: true } ? ", empty" : "") + (cell?.Flag is "under" or "over" ? $", flagged {cell.Flag}" : "") + ", list the projects";

    // Judged again also when the snapshot was taken before the minimum existed, so chart, page and report agree.
    private static GapMatrix Matrix(SnapshotContent content, GapDimension dimension, int minProjects) =>
        (dimension == GapDimension.Country ? content.CountryGaps : content.FunderGaps).WithMinProjects(minProjects);

    private static List<GapMember> Drawn(GapMatrix matrix) =>
        [.. matrix.Members.Where(m => m.Projects > 0).OrderByDescending(m => m.Projects).ThenBy(m => m.Member, StringComparer.Ordinal).Take(MaxMembers)];

    /// <summary>
    /// One flat grey block, labelled "too few to judge", over the members drawn last (largest first puts them there).
    /// Not NaN cells in the heatmap: ScottPlot takes a data range from the intensities, which fails when all are NaN.
    /// </summary>
    private static void TooFewNote(Plot plot, GapHeatmapGrid grid, int tooFew)
    {
        if (tooFew == 0)
            return;
        var area = grid.LastMembers(tooFew);
        var block = plot.Add.Rectangle(area.Left, area.Right, area.Bottom, area.Top);
        block.FillColor = TooFewColour;
        block.LineWidth = 0;
        var text = plot.Add.Text(TooFewLabel, area.HorizontalCenter, area.VerticalCenter);
        text.LabelFontName = ChartCanvas.Font;
        text.LabelFontSize = 11;
        text.LabelFontColor = Colors.Black.WithAlpha(0.7);
        text.LabelAlignment = Alignment.MiddleCenter;
        // A block of columns narrower than the words (under about a fifth of the plot) gets them on their side.
        if (!grid.MembersAsRows && tooFew * 5 < grid.Members)
            text.LabelRotation = -90;
    }
}
