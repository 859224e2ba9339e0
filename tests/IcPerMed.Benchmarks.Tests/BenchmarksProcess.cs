using System.Diagnostics;
using IcPerMed.Tests.Support;

namespace IcPerMed.Benchmarks.Tests;

/// <summary>Runs the built benchmarks program (what <c>./icpermed bench ...</c> runs) as a child process, in a new empty folder.</summary>
internal static class BenchmarksProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        RunAsync(new Dictionary<string, string>(), cancellationToken, args);

    /// <summary>Runs it with extra environment variables (a models folder, say).</summary>
    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = TestPaths.NewTempDirectory(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "IcPerMed.Benchmarks.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ICPERMED_DB");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new Result(process.ExitCode, await output, await error);
    }
}
