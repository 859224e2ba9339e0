using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary><c>icpermed serve --worker-only</c> stopped by SIGTERM (systemd, Kubernetes, docker stop) shuts down cleanly.</summary>
public sealed class WorkerShutdownTests
{
    [Fact]
    public async Task Sigterm_stops_the_worker_with_exit_code_0_and_unregisters_its_job_server()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await TestStores.NewLocationAsync(TestStores.Postgres, cancellationToken);
        var log = Path.Combine(TestPaths.NewTempDirectory(), "probe.log");
        using var worker = WorkerProcess.Start(database, WorkerProcess.ProbeEnvironment(database, log, "* * * * * ?"));

        // Up: its Hangfire server is registered and it has run a probe fire.
        for (var waited = 0; !(await worker.IsRegisteredAsync(database, cancellationToken) && File.Exists(log)); waited++)
        {
            Assert.True(waited < 120, $"the worker did not come up within 60 s: {worker.Output}");
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
        var took = await worker.TerminateAsync(TimeSpan.FromSeconds(30), cancellationToken);

        Assert.True(took is not null, $"still running 30 s after SIGTERM: {worker.Output}");
        TestContext.Current.SendDiagnosticMessage($"worker stopped {took.Value.TotalMilliseconds:F0} ms after SIGTERM");
        Assert.True(worker.ExitCode == 0, $"exit code {worker.ExitCode}: {worker.Output}");
        Assert.Contains("Application is shutting down...", worker.Output, StringComparison.Ordinal);
        Assert.False(await worker.IsRegisteredAsync(database, cancellationToken), "its Hangfire server is still registered");
        // Every run the worker started, it finished: the probe log has only whole lines, and the log says each finished.
        var runs = File.ReadAllLines(log);
        Assert.All(runs, line => Assert.Matches(@"^\d{4}-\d\d-\d\dT[0-9:.]+\+00:00,\d+$", line));
        Assert.Equal(worker.Output.Split("\"Job probe started").Length, worker.Output.Split("\"Job probe finished\"").Length);
    }
}
