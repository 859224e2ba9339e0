using System.Globalization;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The gap matrix, its empty and flagged cells and its changes as terminal tables.</summary>
public static class GapTable
{
    public static void Write(IAnsiConsole console, GapMatrix gaps, KpiFilter filter, QuarterOrigin origin, GapComparison comparison,
        IReadOnlyList<SnapshotChange>? changes)
    {
        var member = gaps.Dimension == GapDimension.Country ? "country" : "funder";
        var matrix = new Table().Title(Markup.Escape($"PM projects and EUR (apportioned) per challenge x {member}, {gaps.Quarter}, {origin.Label} (filter: {filter})"))
            .Caption(Markup.Escape($"cell: PM projects touching the challenge / EUR split across challenges; × empty, ▼ under, ▲ over the consortium share; " +
                $"grey rows: too few to judge (under {gaps.MinProjects} PM projects)"));
        matrix.AddColumn(member).AddColumn(new TableColumn("PM projects").RightAligned()).AddColumn(new TableColumn("PM EUR").RightAligned());
        foreach (var challenge in gaps.Challenges)
            matrix.AddColumn(new TableColumn(challenge).RightAligned());
        matrix.AddColumn(new TableColumn("no challenge EUR").RightAligned());
        foreach (var row in gaps.Members)
        {
            var judged = gaps.IsJudged(row);
            string Grey(string text) => judged ? text : $"[grey]{text}[/]";
            var name = Markup.Escape(row.Name == row.Member ? row.Member : $"{row.Member} {row.Name}") + (judged ? "" : " (too few to judge)");
            matrix.AddRow([Grey(name), Grey(Count(row.Projects)), Grey(Eur(row.Funding)),
                .. gaps.Challenges.Select(c => Grey(Cell(gaps.Find(row.Member, c)!))),
                Grey(row.FundingWithoutChallenge is { } none ? Eur(none) : "n/a")]);
        }
        console.Write(matrix);

        console.MarkupLine(Markup.Escape(gaps.Summary() + "."));
        var withoutChallenge = gaps.Members.Sum(m => m.FundingWithoutChallenge ?? 0m);
        console.MarkupLine(Markup.Escape($"EUR in cells {Eur(gaps.FundingInCells)} + in PM projects touching no challenge {Eur(withoutChallenge)} = " +
            $"{Eur(gaps.FundingInCells + withoutChallenge)}; the rows' PM funding: {Eur(gaps.Members.Sum(m => m.Funding))}. {GapMatrix.FundingDescription}"));
        console.MarkupLine(Markup.Escape($"Too few to judge ({gaps.TooFewMembers.Count}): " +
            (gaps.TooFewMembers.Count == 0 ? "none" : string.Join(", ", gaps.TooFewMembers.Select(m => $"{m.Member} ({Count(m.Projects)})")))));
        console.MarkupLine(Markup.Escape($"Empty cells ({gaps.EmptyCells.Count}): " +
            (gaps.EmptyCells.Count == 0 ? "none" : string.Join(", ", gaps.EmptyCells.Select(c => $"{c.Member} {c.Challenge}")))));
        var flagged = new Table().Title(Markup.Escape($"Cells whose share differs from the consortium's (alpha {gaps.Alpha.ToString(CultureInfo.InvariantCulture)})"))
            .Caption(Markup.Escape(GapMatrix.TestDescription)).AddColumns(member, "challenge", "flag", "projects", "EUR", "share", "consortium", "p", "q");
        foreach (var cell in gaps.FlaggedCells)
            flagged.AddRow(Markup.Escape(cell.Member), cell.Challenge, cell.Flag, Count(cell.Projects), Eur(cell.FundingApportioned),
                Percent(cell.Share), Percent(cell.ConsortiumShare),
                cell.PValue.ToString("G3", CultureInfo.InvariantCulture), cell.QValue.ToString("G3", CultureInfo.InvariantCulture));
        console.Write(flagged);

        if (comparison.With is null || changes is null)
        {
            console.MarkupLine(Markup.Escape(comparison.Heading));
            return;
        }
        var changed = new Table().Title(Markup.Escape(comparison.Heading)).AddColumns("cell", "what", "before", "now");
        foreach (var change in changes)
            changed.AddRow(Markup.Escape(change.Item), Markup.Escape(change.What), Markup.Escape(change.Before), Markup.Escape(change.After));
        if (changes.Count == 0)
            changed.AddRow("-", "nothing changed", "", "");
        console.Write(changed);
    }

    /// <summary>"3 / 120,000 ▲"; an empty cell "0 / 0 ×" (EUR beside the count in every cell).</summary>
    private static string Cell(GapCell cell) =>
        Markup.Escape($"{Count(cell.Projects)} / {Eur(cell.FundingApportioned)}") +
        (cell.IsEmpty ? " [yellow]×[/]" : cell.Flag == "under" ? " ▼" : cell.Flag == "over" ? " ▲" : "");

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Eur(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("F1", CultureInfo.InvariantCulture) + " %";
}
