using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Jobs.Cli;
using Spectre.Console.Testing;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// The terminal's progress bars, drawn on Spectre's test console from the reports the work already makes: a bar per
/// harvested file, then a pulsing bar with the training's latest step, then the projects classified of those stored.
/// </summary>
public sealed class ProgressBarsTests
{
    [Fact]
    public async Task Each_step_of_the_work_gets_a_bar_named_after_it()
    {
        var console = new TestConsole().Interactive().EmitAnsiSequences().Width(160);

        var result = await TerminalProgress.ShowAsync(console, bars =>
        {
            Assert.NotNull(bars);
            var files = bars.Files("cordis");
            files.Report(new HarvestProgress("/data/cordis/project.csv.gz", 500, 3_000, 6_000));
            files.Report(new HarvestProgress("/data/cordis/project.csv.gz", 1_022, 6_000, 6_000));
            bars.Steps("train the classifier").Report("fold 2/5, label pm");
            var classified = bars.Counted("classify", 9_287, "projects");
            classified.Report(2_000);
            classified.Report(9_287);
            return Task.FromResult(42);
        });

        Assert.Equal(42, result);
        var screen = console.Output;
        Assert.Contains("harvest cordis: project.csv.gz: 1,022 records", screen);
        Assert.Contains("train the classifier: fold 2/5, label pm", screen);
        Assert.Contains("classify: 9,287 of 9,287 projects", screen);
        Assert.Contains("100%", screen);
        Assert.False(TerminalProgress.Showing);
    }

    [Fact]
    public async Task Without_a_terminal_the_work_runs_without_bars()
    {
        var ran = await TerminalProgress.ShowAsync(null, bars => Task.FromResult(bars is null));

        Assert.True(ran);
    }
}
