using Xunit;

namespace IcPerMed.Benchmarks.Tests.Cli;

/// <summary><c>./icpermed bench ...</c> runs the benchmarks program with the same arguments; its help reads as icpermed's.</summary>
public sealed class BenchHelpTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("kpis", "--projects", "--repeat", "--quarter", "--keep")]
    [InlineData("ingest", "--rows", "--pg", "--work")]
    [InlineData("web", "--clients", "--seconds", "--format")]
    [InlineData("classify", "--rows", "--work")]
    public async Task Help_of_each_bench_command_names_it_as_an_icpermed_command_with_its_options(string command, params string[] options)
    {
        var run = await BenchmarksProcess.RunAsync(Ct, "bench", command, "--help");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"icpermed bench {command} [options]", run.Output, StringComparison.Ordinal);
        foreach (var option in (string[])[.. options, "--db", "--verbose"])
            Assert.Contains(option, run.Output, StringComparison.Ordinal);
    }
}
