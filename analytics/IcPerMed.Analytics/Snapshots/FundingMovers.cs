using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// The moves in PM funding between two snapshots by challenge, country, funder, challenge within a country and
/// challenge within a funder, each underlying change once. One new project shows in its challenge, its country, its
/// funder and their cells alike; those equal moves (to the euro) whose subjects agree are one sentence, said at the most
/// specific level: "for c4 in Germany (funder: ...)" rather than five lines of the same EUR 70,000.
/// </summary>
internal static class FundingMovers
{
    /// <summary>Differences below a euro are rounding (shares are rounded to the cent per row), not change.</summary>
    private const decimal Noise = 1m;

    private sealed record Move(string? Challenge, string? Country, string? Funder, decimal Before, decimal After)
    {
        public decimal Change => After - Before;

        /// <summary>
        /// Which saying of a change wins: a challenge within a country first, then a challenge or a country alone, then
        /// the funder's; so "for c3" (all from the European Commission) rather than "for c3 from the European Commission".
        /// </summary>
        public int Rank => (Challenge, Country, Funder) switch
        {
            ({ }, { }, _) => 0,
            (_, _, null) => 1,
            ({ }, _, { }) => 2,
            _ => 3,
        };
    }

    public static IReadOnlyList<ChangeSentence> Between(SnapshotContent before, SnapshotContent after)
    {
        var funderNames = after.FunderGaps.Members.Concat(before.FunderGaps.Members)
            .GroupBy(m => m.Member).ToDictionary(g => g.Key, g => g.First().Name);
        var moves = Moves(before, after).Where(m => Math.Abs(m.Change) >= Noise)
            .OrderBy(m => m.Rank).ThenByDescending(m => Math.Abs(m.Change))
            .ThenBy(m => m.Challenge, StringComparer.Ordinal).ThenBy(m => m.Country, StringComparer.Ordinal).ThenBy(m => m.Funder, StringComparer.Ordinal)
            .ToList();
        var said = new HashSet<Move>();
        var sentences = new List<ChangeSentence>();
        foreach (var move in moves)
        {
            if (!said.Add(move))
                continue;
            // The same change said about a broader subject (its challenge alone, its country alone) is this one again;
            // so is its funder's: the funder is then named beside it. A move about another challenge or country is not.
            var funder = move.Funder;
            foreach (var same in moves.Where(m => !said.Contains(m) && Math.Abs(m.Change - move.Change) < Noise
                && Within(move.Challenge, m.Challenge) && Within(move.Country, m.Country) && (funder is null || m.Funder is null || m.Funder == funder)))
            {
                said.Add(same);
                funder ??= same.Funder;
            }
            var note = move.Funder is null && funder is not null ? Name(funderNames, funder) : null;
            sentences.Add(new ChangeSentence(move.Challenge, move.Country, funder, Subject(move, funderNames), move.Before, move.After, note));
        }
        return [.. sentences.OrderByDescending(s => Math.Abs(s.Change)).ThenBy(s => s.Text, StringComparer.Ordinal)];
    }

    private static bool Within(string? mine, string? theirs) => theirs is null || theirs == mine;

    private static IEnumerable<Move> Moves(SnapshotContent before, SnapshotContent after)
    {
        foreach (var (key, was, @is) in Pair(Rows(before, KpiCatalogue.FundingPerChallengeApportioned.Id), Rows(after, KpiCatalogue.FundingPerChallengeApportioned.Id)))
            yield return new Move(key, null, null, was, @is);
        foreach (var (key, was, @is) in Pair(Rows(before, KpiCatalogue.FundingPerCountry.Id), Rows(after, KpiCatalogue.FundingPerCountry.Id)))
            yield return new Move(null, key, null, was, @is);
        foreach (var (key, was, @is) in Pair(Members(before.FunderGaps), Members(after.FunderGaps)))
            yield return new Move(null, null, key, was, @is);
        foreach (var (key, was, @is) in Pair(Cells(before.CountryGaps), Cells(after.CountryGaps)))
            yield return new Move(key.Split(' ')[1], key.Split(' ')[0], null, was, @is);
        foreach (var (key, was, @is) in Pair(Cells(before.FunderGaps), Cells(after.FunderGaps)))
            yield return new Move(key[(key.LastIndexOf(' ') + 1)..], null, key[..key.LastIndexOf(' ')], was, @is);
    }

    private static Dictionary<string, decimal> Rows(SnapshotContent content, string kpi) =>
        content.Kpi(kpi)?.Rows.ToDictionary(r => r.Key[0], r => r.Value) ?? [];

    private static Dictionary<string, decimal> Members(GapMatrix matrix) => matrix.Members.ToDictionary(m => m.Member, m => m.Funding);

    private static Dictionary<string, decimal> Cells(GapMatrix matrix) => matrix.Cells.ToDictionary(c => c.Member + " " + c.Challenge, c => c.FundingApportioned);

    private static IEnumerable<(string Key, decimal Before, decimal After)> Pair(Dictionary<string, decimal> before, Dictionary<string, decimal> after) =>
        before.Keys.Union(after.Keys).Select(key => (key, before.GetValueOrDefault(key), after.GetValueOrDefault(key)));

    private static string Subject(Move move, Dictionary<string, string> funderNames)
    {
        var parts = new List<string>();
        if (move.Challenge is { } challenge)
            parts.Add(challenge == "none" ? "outside the five Action Plan challenges"
                : $"for {LabelScheme.Names.GetValueOrDefault(challenge, challenge)} ({challenge})");
        if (move.Country is { } country)
            parts.Add("in " + CountryNames.InSentence(country));
        if (move.Funder is { } funder)
            parts.Add("from " + Name(funderNames, funder));
        return string.Join(" ", parts);
    }

    private static string Name(Dictionary<string, string> funderNames, string funder) =>
        funder == "unknown" ? "an unknown funder" : funderNames.GetValueOrDefault(funder, funder);
}
