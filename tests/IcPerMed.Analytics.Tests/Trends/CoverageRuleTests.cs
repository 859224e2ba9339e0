using IcPerMed.Analytics.Coverage;
using IcPerMed.Analytics.Model;
using Xunit;

namespace IcPerMed.Analytics.Tests.Trends;

/// <summary>The covered period trims thin edge quarters only.</summary>
public sealed class CoverageRuleTests
{
    [Fact]
    public void Thin_edge_quarters_of_the_Norwegian_H2020_file_are_not_covered()
    {
        // Distinct projects per contract start quarter in data/samples/nfr-eu-h2020/dataset.csv.gz, counted by hand
        // from the file (Python csv over 'Kontrakt startdato', one row per Prosjektnr): median 60.5, a quarter of it 15.1.
        long[] counts = [5, 74, 80, 44, 42, 80, 49, 35, 80, 81, 58, 31, 50, 98, 63, 52, 49, 103, 95, 74, 84, 107, 55, 71, 78, 119, 72, 57, 42, 20, 3, 5];
        var perQuarter = counts.Select((n, i) => (Quarter.FromIndex(new Quarter(2014, 4).Index + i), n)).ToList();

        var coverage = CoverageRule.Derive("nfr", perQuarter, 1);

        Assert.Equal((new Quarter(2015, 1), new Quarter(2022, 1)), (coverage.From!.Value, coverage.To!.Value));
        Assert.Equal((counts.Sum(), 1L), (coverage.Projects, coverage.WithoutStartDate));
        Assert.Equal("left out as thin edge quarters: 2014Q4 (5), 2022Q2 (3), 2022Q3 (5) against a median of 60.5 projects a quarter", coverage.Note);
    }

    [Fact]
    public void A_thin_quarter_inside_the_period_stays_covered()
    {
        var coverage = CoverageRule.Derive("x", [(new Quarter(2020, 1), 40), (new Quarter(2020, 2), 1), (new Quarter(2020, 4), 40)], 0);

        Assert.Equal("2020Q1 – 2020Q4", coverage.Period);
        Assert.True(coverage.Covers(new Quarter(2020, 3)));
        Assert.Equal("", coverage.Note);
    }

    [Fact]
    public void A_source_without_dated_projects_covers_nothing() =>
        Assert.Equal("no dated projects", CoverageRule.Derive("x", [], 3).Period);
}
