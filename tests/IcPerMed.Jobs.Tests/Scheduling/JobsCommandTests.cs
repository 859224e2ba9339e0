using System.Text.Json;
using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary><c>icpermed jobs list</c> and <c>jobs run</c> through the built program.</summary>
public sealed class JobsCommandTests
{
    [Fact]
    public async Task Jobs_list_shows_every_job_with_its_schedule_and_next_fire_in_Berlin_time()
    {
        var result = await IcPerMedProcess.RunAsync(TestContext.Current.CancellationToken, "jobs", "list", "--format", "json");

        Assert.Equal(0, result.ExitCode);
        var jobs = JsonDocument.Parse(result.Output).RootElement.EnumerateArray().ToDictionary(j => j.GetProperty("name").GetString()!);
        Assert.Superset(new HashSet<string> { "harvest-cordis", "harvest-nfr", "classify", "retrain", "quarterly-snapshot" }, jobs.Keys.ToHashSet());
        var snapshot = jobs["quarterly-snapshot"];
        Assert.StartsWith("0 0 8 ? JAN,APR,JUL,OCT MON#1", snapshot.GetProperty("schedule").GetString(), StringComparison.Ordinal);
        var next = snapshot.GetProperty("next_fire").GetDateTimeOffset();
        Assert.Equal((8, DayOfWeek.Monday), (next.Hour, next.DayOfWeek));
        Assert.Equal(1, next.Month % 3);
        Assert.Equal("after a harvest that changed projects", jobs["classify"].GetProperty("schedule").GetString());
    }

    [Fact]
    public async Task Jobs_run_runs_the_job_now_with_its_progress_shown()
    {
        var log = Path.Combine(TestPaths.NewTempDirectory(), "probe.log");
        var result = await IcPerMedProcess.RunAsync(new Dictionary<string, string>
        {
            ["ICPERMED_Schedules__probe__Cron"] = "0 0 0 1 1 ?",
            ["ICPERMED_Jobs__ProbeLog"] = log,
        }, TestContext.Current.CancellationToken, "jobs", "run", "probe");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("probe: recorded fire none", result.Output, StringComparison.Ordinal);
        Assert.Contains("probe: done", result.Output, StringComparison.Ordinal);
        Assert.Single(File.ReadAllLines(log));
    }

    [Fact]
    public async Task Jobs_run_of_an_unknown_job_lists_the_known_ones_and_fails()
    {
        var result = await IcPerMedProcess.RunAsync(TestContext.Current.CancellationToken, "jobs", "run", "harvest-everything");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("no job 'harvest-everything'; known jobs: classify, harvest-360giving, harvest-anr, harvest-cordis, harvest-gtr, harvest-nfr, harvest-nhmrc, harvest-nih, harvest-programmes, harvest-snsf, ", result.Error, StringComparison.Ordinal);
    }
}
