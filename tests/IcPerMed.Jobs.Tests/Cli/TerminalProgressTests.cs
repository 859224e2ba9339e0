using System.Diagnostics;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// A harvest shows bars when standard error is a terminal (given here by util-linux <c>script</c>, a pseudo-terminal)
/// and the JSON log lines, unchanged, when it is not.
/// </summary>
public sealed class TerminalProgressTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Sample => Path.Combine(AppContext.BaseDirectory, "samples", "anr-france-pia");

    [Fact]
    public async Task On_a_terminal_a_harvest_shows_a_bar_per_file_and_no_json_lines()
    {
        Assert.SkipWhen(!File.Exists("/usr/bin/script"), "util-linux script is not installed");
        var folder = TestPaths.NewTempDirectory();
        var screen = Path.Combine(folder, "screen.txt");
        var command = $"stty cols 160 rows 40; dotnet {Quoted(Path.Combine(AppContext.BaseDirectory, "icpermed.dll"))} harvest anr " +
            $"--from {Quoted(Sample)} --db {Quoted(Path.Combine(folder, "w.duckdb"))} 2>&1 >/dev/null";
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardInput = true, WorkingDirectory = folder };
        foreach (var arg in new[] { "-qec", command, screen })
            start.ArgumentList.Add(arg);
        start.Environment["TERM"] = "xterm-256color";
        start.Environment.Remove("ICPERMED_DB");
        using var process = Process.Start(start)!;
        await process.StandardOutput.ReadToEndAsync(Ct);
        await process.WaitForExitAsync(Ct);

        Assert.Equal(0, process.ExitCode);
        var text = await File.ReadAllTextAsync(screen, Ct);
        Assert.Contains("harvest anr: anr-dgpie-depuis-2010-projets-finances-20220512-projets.xlsx", text);
        Assert.Contains("harvest anr: anr-dgpie-depuis-2010-projets-finances-20220512-partenaires.xlsx", text);
        Assert.Contains("100%", text);
        Assert.DoesNotContain("\"Timestamp\"", text);
    }

    [Fact]
    public async Task Redirected_a_harvest_logs_its_progress_as_json_lines()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb");

        var run = await IcPerMedProcess.RunAsync(Ct, "harvest", "anr", "--from", Sample, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("\"Message\":\"Reading ", run.Error);
        Assert.Contains("\"Message\":\"Harvest run 1 of anr committed", run.Error);
        Assert.DoesNotContain("━", run.Error);
    }

    private static string Quoted(string path) => $"'{path.Replace("'", "'\\''", StringComparison.Ordinal)}'";
}
