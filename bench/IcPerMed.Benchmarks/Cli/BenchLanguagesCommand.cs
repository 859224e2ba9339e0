using System.CommandLine;
using IcPerMed.Benchmarks.Classify;
using IcPerMed.Jobs.Classify;
using IcPerMed.Jobs.Cli;

namespace IcPerMed.Benchmarks.Cli;

/// <summary><c>icpermed bench languages</c>: texts per second of the language detection classify runs on every text (issue 17).</summary>
public static class BenchLanguagesCommand
{
    public static Command Create()
    {
        var texts = new Option<string[]>("--texts")
        {
            Description = "Project-text files (JSON lines, plain or gzip) to read; default the bundled data/abstracts.",
            AllowMultipleArgumentsPerToken = true,
        };
        var repeat = new Option<int>("--repeat") { Description = "Measured passes over the texts after the warm-up.", DefaultValueFactory = _ => 3 };
        var command = new Command("languages",
            "Read the language of every text of --texts with the detector classify uses (13 languages, up to four parts of 40 words per text), " +
            "on all cores, --repeat times after a warm-up; print texts per second, CPU seconds, peak memory and what the texts were read as.")
        { texts, repeat };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            if (parseResult.GetValue(repeat) < 1)
                return CommandRunner.Usage("--repeat must be at least 1");
            var files = parseResult.GetValue(texts) is { Length: > 0 } given ? given : [.. ClassifierWorkflow.BundledTexts];
            if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
                return CommandRunner.Usage($"--texts: no file {missing}");
            var result = await LanguageBenchmark.RunAsync(files, parseResult.GetValue(repeat), cancellationToken).ConfigureAwait(false);
            Console.WriteLine(result.Describe());
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
