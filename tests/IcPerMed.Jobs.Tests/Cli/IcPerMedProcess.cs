using System.Diagnostics;
using IcPerMed.Tests.Support;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>Runs the built icpermed program as a child process, as a user would.</summary>
internal static class IcPerMedProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(CancellationToken cancellationToken, params string[] args) =>
        RunAsync(new Dictionary<string, string>(), cancellationToken, args);

    /// <summary>Runs it with extra environment variables (a password, say), in a new empty working folder.</summary>
    public static Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken, params string[] args) =>
        RunInAsync(TestPaths.NewTempDirectory(), environment, cancellationToken, args);

    /// <summary>Runs it in <paramref name="workingDirectory"/>, where relative default paths (data/samples/..., data/models) resolve.</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment,
        CancellationToken cancellationToken, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args))!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>
    /// Starts it without waiting, in a new empty working folder, for a test that kills it mid-run; both pipes are drained
    /// so the child never blocks writing its logs.
    /// </summary>
    public static Process StartInBackground(params string[] args)
    {
        var process = Process.Start(StartInfo(TestPaths.NewTempDirectory(), new Dictionary<string, string>(), args))!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "icpermed.dll"));
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        start.Environment.Remove("ICPERMED_DB");
        foreach (var (name, value) in environment)
            start.Environment[name] = value;
        return start;
    }
}
