using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// Two <c>icpermed serve --worker-only</c> processes on one PostgreSQL share a probe schedule firing every second:
/// Quartz's clustered store fires each time once, Hangfire runs each queued fire once, and both workers take fires.
/// </summary>
public sealed class TwoWorkerTests
{
    [Fact]
    public async Task Two_workers_run_every_fire_exactly_once_and_both_take_work()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await TestStores.NewLocationAsync(TestStores.Postgres, cancellationToken);
        var log = Path.Combine(TestPaths.NewTempDirectory(), "probe.log");
        // Every second, and watched until both workers have run fires (at most 40 s): which worker's poller takes a
        // queued fire is chance, so a fixed window could see one worker take them all; a fire run twice would show too.
        var environment = WorkerProcess.ProbeEnvironment(database, log, "* * * * * ?");
        // Each run lasts 3 s, as real jobs take time: one process's two Hangfire workers cannot keep up with a fire a
        // second, so the other process must take fires (with instant runs the firing process took all 41 in a full run).
        environment["ICPERMED_Jobs__ProbeSeconds"] = "3";

        using var first = WorkerProcess.Start(database, environment);
        using var second = WorkerProcess.Start(database, environment);
        var pids = new[] { first, second }.Select(w => w.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        // On a loaded machine one worker can start many seconds before the other and take every fire meanwhile: the
        // sharing is judged only on fires after both workers' job servers are registered.
        var startup = System.Diagnostics.Stopwatch.StartNew();
        while (!(await first.IsRegisteredAsync(database, cancellationToken) && await second.IsRegisteredAsync(database, cancellationToken)))
        {
            Assert.True(startup.Elapsed < TimeSpan.FromSeconds(120), $"the workers did not both start in 120 s:\n{first.Output}\n{second.Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
        var before = File.Exists(log) ? File.ReadAllLines(log).Length : 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        List<string[]> runs = [];
        while (clock.Elapsed < TimeSpan.FromSeconds(40) && !(runs.Count >= 6 && pids.All(pid => runs.Any(run => run[1] == pid))))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            runs = File.Exists(log) ? [.. File.ReadAllLines(log).Skip(before).Select(line => line.Split(','))] : [];
        }
        await first.TerminateAsync(TimeSpan.FromSeconds(30), cancellationToken);
        await second.TerminateAsync(TimeSpan.FromSeconds(30), cancellationToken);

        // Exactly once is judged on every fire; the sharing on those after both workers were up.
        var all = File.Exists(log) ? File.ReadAllLines(log).Select(line => line.Split(',')).ToList() : [];
        runs = [.. all.Skip(before)];
        var byFire = all.GroupBy(run => run[0]).ToList();
        var perWorker = pids.Select(pid => runs.Count(run => run[1] == pid)).ToList();
        TestContext.Current.SendDiagnosticMessage($"{runs.Count} runs of {byFire.Count} fires in {clock.Elapsed.TotalSeconds:F0} s: " +
            $"{perWorker[0]} by the first worker, {perWorker[1]} by the second");
        Assert.True(byFire.Count >= 6, $"only {byFire.Count} fires ran: {first.Output}");
        Assert.Empty(byFire.Where(fire => fire.Count() > 1).Select(fire => fire.Key));
        Assert.DoesNotContain(all, run => run[0] == "none");
        Assert.Equal(runs.Count, perWorker.Sum());
        Assert.All(perWorker, count => Assert.True(count > 0,
            $"a worker ran no fire after both were up: {perWorker[0]} and {perWorker[1]}\n{first.Output}\n{second.Output}"));
    }
}
