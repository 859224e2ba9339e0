using System.Globalization;
using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Warehouse.Sharing;

/// <summary>The process DuckDB names as holding a file's lock, and what it is, as far as this machine can tell.</summary>
/// <param name="Pid">The process id in DuckDB's lock message; null when the message names none.</param>
/// <param name="CommandLine">The process's command line (from /proc, Linux), or null when it cannot be read.</param>
public sealed partial record FileHolder(int? Pid, string? CommandLine)
{
    /// <summary>Whether the holder is the web dashboard (<c>icpermed serve</c>), which lets go of the file when idle.</summary>
    public bool IsDashboard => CommandLine is { } line && ServeWord().IsMatch(line);

    /// <summary>How a message names the holder, e.g. "`icpermed serve` (the web dashboard, PID 1234)".</summary>
    public string Describe() =>
        IsDashboard ? $"`icpermed serve` (the web dashboard, PID {Pid})"
        : CommandLine is { } line ? $"another process (PID {Pid}: {Shorten(line)})"
        : Pid is { } pid ? $"another process (PID {pid}; is `icpermed serve` running?)"
        : "another process (is `icpermed serve` running?)";

    /// <summary>Reads the holder out of DuckDB's lock error, or null when the error is not a lock conflict.</summary>
    public static FileHolder? FromLockError(string message)
    {
        if (!message.Contains("Could not set lock on file", StringComparison.Ordinal) && !message.Contains("Conflicting lock", StringComparison.Ordinal))
            return null;
        var pid = PidInMessage().Match(message) is { Success: true } match
            && int.TryParse(match.Groups[1].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : (int?)null;
        return new FileHolder(pid, pid is { } id ? ReadCommandLine(id) : null);
    }

    // /proc/<pid>/cmdline separates the arguments with NUL; absent off Linux or once the process is gone.
    private static string? ReadCommandLine(int pid)
    {
        try
        {
            var path = $"/proc/{pid}/cmdline";
            if (!File.Exists(path)) return null;
            var line = File.ReadAllText(path).Replace('\0', ' ').Trim();
            return line.Length == 0 ? null : line;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string Shorten(string line) => line.Length <= 120 ? line : string.Concat(line.AsSpan(0, 117), "...");

    [GeneratedRegex(@"\(PID (\d+)\)")]
    private static partial Regex PidInMessage();

    [GeneratedRegex(@"(^|[\s/])(IcPerMed\.Jobs(\.dll)?|icpermed)\b.*\sserve(\s|$)")]
    private static partial Regex ServeWord();
}
