using System.Diagnostics;

namespace IcPerMed.Analytics.Warehouse.Harvest;

/// <summary>
/// The process that runs a harvest: host, process id and when the process started. The start time tells a process
/// from a later one that got the same id (containers reuse small ids, often 1), so (host, pid, start) names one process.
/// </summary>
public sealed record HarvestProcess(string Host, long Pid, DateTimeOffset StartedAt)
{
    // Start times are read from /proc in clock ticks and stored to the microsecond; two reads of one process agree far
    // closer than this, and two processes with the same id cannot start this close together.
    private static readonly TimeSpan SameStart = TimeSpan.FromSeconds(1);

    /// <summary>This process.</summary>
    public static HarvestProcess Current { get; } = Describe();

    /// <summary>Whether <paramref name="other"/> is the same process as this record (same host, id and start).</summary>
    public bool IsSameAs(HarvestProcess other) =>
        string.Equals(Host, other.Host, StringComparison.OrdinalIgnoreCase) && Pid == other.Pid
        && (StartedAt - other.StartedAt).Duration() < SameStart;

    /// <summary>
    /// Whether this process, which must be on this host, still runs: a process with its id exists, has not exited, is
    /// not a zombie waiting for its parent, and started when this record says.
    /// </summary>
    public bool IsRunningOnThisHost()
    {
        if (Pid is <= 0 or > int.MaxValue)
            return false;
        try
        {
            using var process = Process.GetProcessById((int)Pid);
            return !process.HasExited && !IsZombie(Pid)
                && (new DateTimeOffset(process.StartTime.ToUniversalTime(), TimeSpan.Zero) - StartedAt).Duration() < SameStart;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            // No such process, or it exited between the lookup and the questions.
            return false;
        }
    }

    public override string ToString() => $"process {Pid} on {Host}";

    private static HarvestProcess Describe()
    {
        using var self = Process.GetCurrentProcess();
        return new(Environment.MachineName, Environment.ProcessId, new DateTimeOffset(self.StartTime.ToUniversalTime(), TimeSpan.Zero));
    }

    // A killed child stays in the process table as a zombie (state Z in /proc/<pid>/stat) until its parent reaps it.
    private static bool IsZombie(long pid)
    {
        var stat = $"/proc/{pid}/stat";
        if (!File.Exists(stat))
            return false;
        try
        {
            var text = File.ReadAllText(stat);
            var afterName = text.LastIndexOf(')');
            return afterName > 0 && afterName + 2 < text.Length && text[afterName + 2] is 'Z' or 'X';
        }
        catch (IOException)
        {
            return false;
        }
    }
}
