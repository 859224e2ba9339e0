using System.Diagnostics;
using IcPerMed.Tests.Support;
using Npgsql;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// Two <c>icpermed serve --worker-only</c> processes on one PostgreSQL share a probe schedule firing every 2 seconds:
/// Quartz's clustered store fires each time once, Hangfire runs each queued fire once, whichever worker takes it.
/// </summary>
public sealed class TwoWorkerTests
{
    [Fact]
    public async Task Two_workers_run_every_fire_exactly_once()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await TestStores.NewLocationAsync(TestStores.Postgres, cancellationToken);
        var schema = new NpgsqlConnectionStringBuilder(database).SearchPath!;
        var log = Path.Combine(TestPaths.NewTempDirectory(), "probe.log");
        var environment = new Dictionary<string, string>
        {
            ["ICPERMED_Schedules__probe__Cron"] = "0/2 * * * * ?",
            ["ICPERMED_Jobs__ProbeLog"] = log,
            ["ICPERMED_Jobs__HangfireSchema"] = schema + "_hangfire",
            ["ICPERMED_Jobs__PollSeconds"] = "1",
        };
        foreach (var job in new[] { "harvest-cordis", "harvest-nfr", "retrain", "quarterly-snapshot", "quarterly-email" })
            environment[$"ICPERMED_Schedules__{job}__Enabled"] = "false";

        using var first = Start(database, environment);
        using var second = Start(database, environment);
        await Task.Delay(TimeSpan.FromSeconds(18), cancellationToken);
        Stop(first);
        Stop(second);

        var runs = File.Exists(log) ? File.ReadAllLines(log).Select(line => line.Split(',')).ToList() : [];
        var byFire = runs.GroupBy(run => run[0]).ToList();
        var workers = runs.Select(run => run[1]).Distinct().Count();
        TestContext.Current.SendDiagnosticMessage($"{runs.Count} runs of {byFire.Count} fires on {workers} worker(s)");
        Assert.True(byFire.Count >= 4, $"only {byFire.Count} fires ran: {first.StandardError.ReadToEnd()}");
        Assert.Empty(byFire.Where(fire => fire.Count() > 1).Select(fire => fire.Key));
        Assert.DoesNotContain(runs, run => run[0] == "none");
    }

    private static Process Start(string database, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.NewTempDirectory(),
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "icpermed.dll"), "serve", "--worker-only", "--db", database })
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ICPERMED_DB");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        var process = Process.Start(start)!;
        // Drain standard output so the child never blocks on a full pipe; standard error is read once it has exited.
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    private static void Stop(Process process)
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }
}
