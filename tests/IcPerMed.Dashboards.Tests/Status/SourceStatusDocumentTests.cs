using IcPerMed.Analytics.Warehouse;
using IcPerMed.Analytics.Warehouse.Harvest;
using IcPerMed.Dashboards.Status;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Status;

public sealed class SourceStatusDocumentTests
{
    private static readonly DateTimeOffset Started = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Each_source_has_the_documented_keys_and_the_run_only_on_its_source()
    {
        var last = new RunInfo(7, "failed", "broken.zip", Started, Started.AddMinutes(1), "broken.zip: truncated zip");
        var good = new RunInfo(6, "succeeded", "data/samples/cordis", Started.AddDays(-1), Started.AddDays(-1).AddMinutes(2), null);
        var statuses = new[]
        {
            new SourceStatus("nfr", 1957, 1200, 2931, 0, good with { Id = 5 }, good with { Id = 5 }),
            new SourceStatus("cordis", 1022, 6000, 11734, 3, last, good),
        };
        var run = new HarvestSummary(6, "cordis", "data/samples/cordis", Started, Started, 1022, 10, 2, 1010, 6000, 11734, 3);

        var document = SourceStatusDocument.Build(statuses, run);

        Assert.Equal(["cordis", "nfr"], document.Select(p => p.Key));
        var cordis = document["cordis"]!;
        Assert.Equal(1022, (long)cordis["projects"]!);
        Assert.Equal(6000, (long)cordis["organisations"]!);
        Assert.Equal(3, (long)cordis["quarantined"]!);
        Assert.Equal("failed", (string)cordis["last_run"]!["status"]!);
        Assert.Equal("broken.zip: truncated zip", (string)cordis["last_run"]!["error"]!);
        Assert.Equal(6, (long)cordis["last_successful_run"]!["id"]!);
        Assert.Equal("2026-11-23T08:00:00.0000000Z", (string)cordis["last_run"]!["started_at"]!);
        Assert.Equal(2, (long)cordis["run"]!["updated"]!);
        Assert.Null(document["nfr"]!["run"]);
    }

    [Fact]
    public void An_empty_warehouse_is_an_empty_object() =>
        Assert.Equal("{}", SourceStatusDocument.ToJson(SourceStatusDocument.Build([])));
}
