using System.Diagnostics;
using IcPerMed.Analytics.Classification.Measurement;

namespace IcPerMed.Jobs.Classify;

/// <summary>scikit-learn is not importable by the interpreter the baseline runs under: the message says how to install it.</summary>
public sealed class BaselineUnavailableException(string message) : Exception(message);

/// <summary>
/// The scikit-learn baseline (scripts/bench/sklearn_baseline.py, TF-IDF words + chars and logistic regression) run under
/// the honest protocol by Debian's /usr/bin/python3: it reads the protocol and returns per-row decisions only, which
/// <see cref="EvaluationScoring"/> scores exactly as ours.
/// </summary>
public sealed class SklearnBaseline(string python, string script)
{
    public const string Python = "/usr/bin/python3";
    public const string ScriptName = "sklearn_baseline.py";
    public const string Description = "scikit-learn TF-IDF word 1-2 + char_wb 3-5, LogisticRegression(liblinear, C=4, balanced); thresholds by inner CV (max F1, ties to the higher)";

    public string Script => script;

    /// <summary>
    /// The script in the repository the program runs from (scripts/bench/, found from the working folder or the program's
    /// folder upwards), else the copy beside the program (scripts/).
    /// </summary>
    public static SklearnBaseline Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "scripts", "bench", ScriptName);
                if (File.Exists(candidate))
                    return new SklearnBaseline(Python, candidate);
            }
        }
        var beside = Path.Combine(AppContext.BaseDirectory, "scripts", ScriptName);
        return File.Exists(beside) ? new SklearnBaseline(Python, beside)
            : throw new BaselineUnavailableException($"{ScriptName} is neither in a scripts/bench folder above {Directory.GetCurrentDirectory()} nor beside the program ({beside})");
    }

    /// <exception cref="BaselineUnavailableException">The interpreter is missing or cannot import sklearn.</exception>
    public async Task EnsureAvailableAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(python))
            throw new BaselineUnavailableException($"{python} not found: the baseline runs under Debian's python3 with python3-sklearn (scripts/bench/install_sklearn.sh)");
        var (exitCode, error) = await RunAsync(["-c", "import sklearn"], _ => { }, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
            throw new BaselineUnavailableException($"{python} cannot import sklearn ({error.Trim()}): run scripts/bench/install_sklearn.sh (Debian package python3-sklearn), or leave out --baseline");
    }

    /// <summary>Runs the protocol mode and reads the decisions back; the script's log lines go to <paramref name="progress"/>.</summary>
    /// <exception cref="InvalidOperationException">The script failed (its last output is in the message).</exception>
    public async Task<IReadOnlyList<RowDecision>> DecideAsync(string labelsCsv, IReadOnlyList<string> texts, string protocolCsv, string decisionsCsv,
        int seed, Action<string> progress, CancellationToken cancellationToken)
    {
        List<string> arguments = [script, "--labels", labelsCsv, "--protocol", protocolCsv, "--decisions-out", decisionsCsv,
            "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--featurisation", "word+char"];
        foreach (var text in texts)
            arguments.AddRange(["--texts", text]);
        var (exitCode, error) = await RunAsync(arguments, progress, cancellationToken).ConfigureAwait(false);
        if (exitCode != 0)
            throw new InvalidOperationException($"{script} exited with code {exitCode}: {error.Trim()}");
        return await DecisionsFile.ReadAsync(decisionsCsv, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int ExitCode, string LastError)> RunAsync(IEnumerable<string> arguments, Action<string> progress, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new BaselineUnavailableException($"{python} could not be started");
        var last = new Queue<string>();
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not { } data)
                return;
            progress($"baseline: {data}");
            lock (last)
            {
                last.Enqueue(data);
                if (last.Count > 10)
                    last.Dequeue();
            }
        };
        process.BeginErrorReadLine();
        _ = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        lock (last)
            return (process.ExitCode, string.Join('\n', last));
    }
}
