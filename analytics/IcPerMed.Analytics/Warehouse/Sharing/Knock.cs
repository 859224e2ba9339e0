using System.Diagnostics;
using System.Globalization;

namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>
/// A file beside the database (<c>&lt;file&gt;.waiting</c>) holding the id of a process waiting for it: the holder
/// checks for one whenever it is idle and lets go of the file at once, so a waiting command is not starved by a busy
/// dashboard (or the reverse). A knock whose process is gone is ignored.
/// </summary>
internal static class Knock
{
    public static string PathFor(string database) => database + ".waiting";

    /// <summary>Leaves (or renews) this process's knock.</summary>
    public static void Post(string database)
    {
        try
        {
            File.WriteAllText(PathFor(database), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            // A read-only folder: the holder will still let go after its idle time, only later.
        }
    }

    /// <summary>Removes the knock if it is this process's (another waiter's knock stays).</summary>
    public static void Withdraw(string database)
    {
        if (WaitingProcess(database) == Environment.ProcessId)
            TryDelete(PathFor(database));
    }

    /// <summary>Whether a live process other than this one is waiting for the file.</summary>
    public static bool IsSomeoneElseWaiting(string database)
    {
        var pid = WaitingProcess(database);
        if (pid is null || pid == Environment.ProcessId) return false;
        if (IsAlive(pid.Value)) return true;
        TryDelete(PathFor(database));
        return false;
    }

    private static int? WaitingProcess(string database)
    {
        try
        {
            var path = PathFor(database);
            if (!File.Exists(path)) return null;
            return int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception error) when (error is ArgumentException or InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException) { }
    }
}
