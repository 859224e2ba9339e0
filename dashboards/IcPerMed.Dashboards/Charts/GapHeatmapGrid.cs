using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>How the gap heatmap is turned: which of members and challenges runs along the rows.</summary>
public enum GapHeatmapOrientation
{
    /// <summary>Challenges as rows, members across: wide figures (pages, report).</summary>
    ChallengesAsRows,

    /// <summary>Members as rows, one under the other, challenges across: narrow figures (the 600-pixel email).</summary>
    MembersAsRows,
}

/// <summary>Where member <c>m</c>'s cell of challenge <c>c</c> sits in the heatmap for an orientation; row 0 is drawn at the top.</summary>
internal sealed record GapHeatmapGrid(GapHeatmapOrientation Orientation, int Members, int Challenges)
{
    public bool MembersAsRows => Orientation == GapHeatmapOrientation.MembersAsRows;

    public int Rows => MembersAsRows ? Members : Challenges;

    public int Columns => MembersAsRows ? Challenges : Members;

    /// <summary>The intensities' row and column of member <paramref name="member"/> (0 = largest) in <paramref name="challenge"/>.</summary>
    public (int Row, int Column) Cell(int member, int challenge) => MembersAsRows ? (member, challenge) : (challenge, member);

    /// <summary>The plot area (in cell coordinates) of the last <paramref name="count"/> members: a block of columns or of rows.</summary>
    public CoordinateRect LastMembers(int count) => MembersAsRows
        ? new CoordinateRect(-0.5, Columns - 0.5, -0.5, count - 0.5)
        : new CoordinateRect(Members - count - 0.5, Members - 0.5, -0.5, Rows - 0.5);
}
