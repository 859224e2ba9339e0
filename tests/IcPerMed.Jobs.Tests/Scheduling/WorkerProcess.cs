using System.Collections.Concurrent;
using System.Diagnostics;
using IcPerMed.Tests.Support;
using Npgsql;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// One <c>icpermed serve --worker-only</c> child process on a PostgreSQL warehouse, as an operator starts it, with its
/// standard output (JSON log lines) collected, stopped the way systemd or Kubernetes stop it: SIGTERM.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly string hangfireSchema;

    private WorkerProcess(Process process, string hangfireSchema) => (this.process, this.hangfireSchema) = (process, hangfireSchema);

    public int Id => process.Id;

    /// <summary>What it logged on standard output so far.</summary>
    public string Output => string.Join('\n', output);

    /// <summary>The environment every worker test uses: only the probe scheduled (every <paramref name="cron"/>), polling each second.</summary>
    public static Dictionary<string, string> ProbeEnvironment(string database, string probeLog, string cron)
    {
        var environment = new Dictionary<string, string>
        {
            ["ICPERMED_Schedules__probe__Cron"] = cron,
            ["ICPERMED_Jobs__ProbeLog"] = probeLog,
            ["ICPERMED_Jobs__HangfireSchema"] = HangfireSchema(database),
            ["ICPERMED_Jobs__PollSeconds"] = "1",
        };
        foreach (var job in new[] { "harvest-cordis", "harvest-nfr", "harvest-nih", "harvest-gtr", "retrain", "quarterly-snapshot", "quarterly-email" })
            environment[$"ICPERMED_Schedules__{job}__Enabled"] = "false";
        return environment;
    }

    public static WorkerProcess Start(string database, IReadOnlyDictionary<string, string> environment)
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
        var worker = new WorkerProcess(Process.Start(start)!, HangfireSchema(database));
        // Drain both pipes so the child never blocks on a full one.
        worker.process.OutputDataReceived += (_, line) => { if (line.Data is not null) worker.output.Enqueue(line.Data); };
        worker.process.ErrorDataReceived += (_, line) => { if (line.Data is not null) worker.output.Enqueue(line.Data); };
        worker.process.BeginOutputReadLine();
        worker.process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Whether this process's Hangfire server is registered (Hangfire names a server "host:pid:guid").</summary>
    public async Task<bool> IsRegisteredAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand($"SELECT to_regclass('{hangfireSchema}.server') IS NOT NULL", connection);
        if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken))!)
            return false;
        await using var command = new NpgsqlCommand($"SELECT count(*) FROM {hangfireSchema}.server WHERE id LIKE @id", connection);
        command.Parameters.AddWithValue("id", $"%:{Id}:%");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    /// <summary>Sends SIGTERM (Process.Kill would send SIGKILL) and waits up to <paramref name="bound"/>; the time it took, or null.</summary>
    public async Task<TimeSpan?> TerminateAsync(TimeSpan bound, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using (var kill = Process.Start("/bin/kill", ["-TERM", Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken).WaitAsync(bound, cancellationToken);
        }
        catch (TimeoutException)
        {
            return null;
        }
        // WaitForExit (without a timeout) also waits for the redirected pipes to be read to their end.
        process.WaitForExit();
        return clock.Elapsed;
    }

    public int ExitCode => process.ExitCode;

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
    }

    private static string HangfireSchema(string database) => new NpgsqlConnectionStringBuilder(database).SearchPath + "_hangfire";
}
