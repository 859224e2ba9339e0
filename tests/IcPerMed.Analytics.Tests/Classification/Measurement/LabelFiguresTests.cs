using IcPerMed.Analytics.Classification.Measurement;
using Xunit;

namespace IcPerMed.Analytics.Tests.Classification.Measurement;

public sealed class LabelFiguresTests
{
    [Fact]
    public void A_label_with_positives_shows_its_f1_and_interval_to_three_decimals()
    {
        // The pm row of the 2026-12-06 run in docs/benchmarks.md: 55 held-out positives.
        var pm = new LabelFigures("pm", 55, 51, 45, 45 / 51.0, 45 / 55.0, 0.8411, new Interval(0.7644, 0.9109));

        Assert.Equal("0.841 [0.764–0.911]", pm.Shown());
        Assert.Equal("0.841 [0.764-0.911]", pm.Shown("-"));
    }

    [Fact]
    public void A_label_without_positives_says_so_rather_than_an_f1_of_zero()
    {
        // c4 among a small test set's held-out rows: nothing to find, two rows called c4 all the same.
        var c4 = new LabelFigures("c4", 0, 2, 0, 0, 0, 0, new Interval(0, 0));

        Assert.Equal("no positives", c4.Shown());
    }
}
