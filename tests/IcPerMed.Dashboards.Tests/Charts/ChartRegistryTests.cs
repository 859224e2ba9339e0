using IcPerMed.Dashboards.Charts;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>One registry of charts, keyed by id: every id is unique, each entry draws the chart it names.</summary>
public sealed class ChartRegistryTests
{
    [Fact]
    public void Each_id_draws_a_chart_of_that_id_in_report_order()
    {
        var content = SampleContent.Create();

        var drawn = ChartRegistry.Ids.Select(id => ChartRegistry.Create(id, content)).ToList();

        Assert.Equal(ChartRegistry.Ids, drawn.Select(c => c.Id));
        Assert.Equal(ChartRegistry.Ids.Count, ChartRegistry.Ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["funding-per-year", "challenge-trends", "gaps-country", "gaps-funder", "country-ranking", "funder-ranking", "source-freshness"],
            ChartRegistry.Ids);
        Assert.Equal(ChartRegistry.Ids, ChartRegistry.All(content).Select(c => c.Id));
    }

    [Fact]
    public void An_unknown_id_is_refused_naming_the_known_ones()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ChartRegistry.Create("pie", SampleContent.Create()));

        Assert.Contains("charts: funding-per-year, challenge-trends", error.Message, StringComparison.Ordinal);
    }
}
