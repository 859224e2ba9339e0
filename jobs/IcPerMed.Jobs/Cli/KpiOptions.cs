using System.CommandLine;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Jobs.Cli;

/// <summary>The quarter, filter and output options shared by kpis, gaps, trends, snapshot and export.</summary>
public static class KpiOptions
{
    public static Option<string?> QuarterOption() => new("--quarter")
    {
        Description = "The quarter, e.g. 2026Q3. Default: the last quarter that has ended.",
    };

    public static Option<ReportFormat> Format() => new("--format")
    {
        Description = "table (for people), json or csv (for scripts and spreadsheets).",
        DefaultValueFactory = _ => ReportFormat.Table,
    };

    public static readonly Option<string[]> Source = List("--source", "Only projects from these sources (cordis, nfr ...).");
    public static readonly Option<string[]> Country = List("--country", "Only projects with a participant in these countries (ISO alpha-2, e.g. DE,FR).");
    public static readonly Option<string[]> Funder = List("--funder", "Only projects of these funders (funder ids, e.g. EC).");
    public static readonly Option<string[]> Challenge = List("--challenge", "Only projects touching any of these challenges (c1 .. c5).");
    public static readonly Option<int?> FromYear = new("--from-year") { Description = "Only projects starting in or after this year." };
    public static readonly Option<int?> ToYear = new("--to-year") { Description = "Only projects starting in or before this year." };

    /// <summary>Adds the filter options to <paramref name="command"/>.</summary>
    public static void AddFilters(Command command)
    {
        foreach (var option in new Option[] { Source, Country, Funder, Challenge, FromYear, ToYear })
            command.Options.Add(option);
    }

    public static Quarter ReadQuarter(ParseResult parseResult, Option<string?> option, TimeProvider time)
    {
        var text = parseResult.GetValue(option);
        if (text is null)
            return Quarter.LastCompleted(DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime));
        return Quarter.TryParse(text, out var quarter) ? quarter
            : throw new UsageException($"--quarter '{text}' is not a quarter: write it as YEARQn, for example 2026Q3");
    }

    public static KpiFilter ReadFilter(ParseResult parseResult)
    {
        var countries = FilterValues.Countries("--country", Values(parseResult, Country));
        var challenges = Values(parseResult, Challenge).Select(c => c.ToLowerInvariant()).ToList();
        if (challenges.FirstOrDefault(c => !KpiCatalogue.ChallengeCodes.Contains(c)) is { } badChallenge)
            throw new UsageException($"--challenge '{badChallenge}' is not a challenge: use c1, c2, c3, c4 or c5");
        var (from, to) = (parseResult.GetValue(FromYear), parseResult.GetValue(ToYear));
        if (from is not null && to is not null && from > to)
            throw new UsageException($"--from-year {from} is after --to-year {to}");
        return new KpiFilter
        {
            Sources = Values(parseResult, Source), Countries = countries, Funders = Values(parseResult, Funder),
            Challenges = challenges, FromYear = from, ToYear = to,
        };
    }

    /// <summary>
    /// <paramref name="filter"/> with its funder ids checked against <paramref name="warehouse"/> and spelled as it
    /// spells them: an unknown funder is a usage mistake, not an empty answer.
    /// </summary>
    public static async Task<KpiFilter> WithKnownFundersAsync(this KpiFilter filter, Analytics.Warehouse.Warehouse warehouse,
        CancellationToken cancellationToken) =>
        filter with { Funders = await FilterValues.FundersAsync("--funder", filter.Funders, warehouse, cancellationToken).ConfigureAwait(false) };

    private static Option<string[]> List(string name, string description) => new(name)
    {
        Description = description + " Repeat the option or separate values by commas.",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    private static List<string> Values(ParseResult parseResult, Option<string[]> option) =>
        [.. (parseResult.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
}

/// <summary>How kpis, gaps, trends and snapshot print.</summary>
public enum ReportFormat
{
    Table,
    Json,
    Csv,
}
