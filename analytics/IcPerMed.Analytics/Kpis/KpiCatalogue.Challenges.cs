namespace IcPerMed.Analytics.Kpis;

public static partial class KpiCatalogue
{
    private const string ChallengeNote = " Challenges are the five of the ICPerMed Action Plan (c1..c5), as classified.";

    public static KpiDefinition FundingPerChallengeAnyMatch { get; } = new(
        "funding-per-challenge", "Funding per challenge (any-match)",
        "How much PM money touches each Action Plan challenge?",
        "Sum of the grants of PM projects that touch the challenge; a project touching three challenges counts in full in " +
        "all three, so the challenges add up to more than total PM funding." + ChallengeNote + MoneyNote,
        Eur, KpiCounting.AnyMatch, [KpiDimension.Challenge])
    {
        Decimals = 2,
        Sql = _ => AnyMatchPerChallenge("coalesce(sum(p.funding_eur), 0)"),
    };

    public static KpiDefinition FundingPerChallengeApportioned { get; } = new(
        "funding-per-challenge-apportioned", "Funding per challenge (apportioned)",
        "How is PM money divided between the Action Plan challenges, without double counting?",
        "Each PM project's grant split equally across the challenges it touches ('none' when it touches none), so the rows " +
        "add up to total PM funding to the cent (largest-remainder rounding)." + ChallengeNote + MoneyNote,
        Eur, KpiCounting.Apportioned, [KpiDimension.Challenge])
    {
        Decimals = 2,
        Sql = _ => ApportionedPerChallenge("p.funding_eur"),
        TotalSql = _ => "SELECT coalesce(sum(funding_eur), 0) FROM kpi_project",
    };

    public static KpiDefinition ProjectsPerChallengeAnyMatch { get; } = new(
        "projects-per-challenge", "PM projects per challenge (any-match)",
        "How many PM projects work on each Action Plan challenge?",
        "Number of PM projects that touch the challenge; a project counts once in every challenge it touches." + ChallengeNote,
        Projects, KpiCounting.AnyMatch, [KpiDimension.Challenge])
    {
        Sql = _ => AnyMatchPerChallenge("count(p.source_id)"),
    };

    public static KpiDefinition ProjectsPerChallengeApportioned { get; } = new(
        "projects-per-challenge-apportioned", "PM projects per challenge (apportioned)",
        "How is the PM project count divided between the challenges, without double counting?",
        "Each PM project counts 1/n in each of the n challenges it touches (1 in 'none' when it touches none), so the rows " +
        "add up to the number of PM projects." + ChallengeNote,
        "project-equivalents", KpiCounting.Apportioned, [KpiDimension.Challenge])
    {
        Decimals = 2,
        Sql = _ => ApportionedPerChallenge("1"),
        TotalSql = _ => "SELECT count(*) FROM kpi_project",
    };

    /// <summary>One row per challenge c1..c5 (zero when no project touches it): <paramref name="value"/> over the projects touching it.</summary>
    private static string AnyMatchPerChallenge(string value) => PerChallenge(value, withNone: false);

    /// <summary>One row per challenge and 'none': <paramref name="amount"/> times each project's 1/n share.</summary>
    private static string ApportionedPerChallenge(string amount) => PerChallenge($"coalesce(sum({amount} * c.weight), 0)", withNone: true);

    private static string PerChallenge(string value, bool withNone) => $"""
        SELECT ch.challenge, {value}, count(p.source_id)
        FROM {KpiBaseSql.ChallengeList(withNone)}
        LEFT JOIN kpi_project_challenge c ON c.challenge = ch.challenge
        LEFT JOIN kpi_project p ON p.source = c.source AND p.source_id = c.source_id
        GROUP BY ch.challenge, ch.ord ORDER BY ch.ord
        """;
}
