using System.CommandLine;
using System.Diagnostics;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Embeddings;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed embed --texts labelled|all [--out CSV]</c> (issue 18 lever): sentence embeddings (all-MiniLM-L6-v2) of the
/// bundled project texts through the embedding store in &lt;models&gt;/embeddings/, so a text is embedded once; prints
/// throughput and cache hits, and writes source,source_id,e0..e383 for experiments.
/// </summary>
public static class EmbedCommand
{
    public static Command Create()
    {
        var texts = new Option<string>("--texts")
        {
            Description = "labelled: the bundled label rows' texts (data/labels/train.csv joined to data/abstracts, as train reads them, " +
                "without analyst overrides); all: every project text in data/abstracts/*.jsonl.gz.",
            Required = true,
        };
        texts.AcceptOnlyFromAmong("labelled", "all");
        var output = new Option<string?>("--out") { Description = "Write source,source_id,e0..e383 (one row per text) to this CSV." };
        var input = new Option<string>("--input")
        {
            Description = "How long texts are cut: first-window (default: the first 256 word-pieces, as sentence-transformers does) " +
                "or chunk-mean (every 256-piece chunk embedded, their piece-weighted mean).",
            DefaultValueFactory = _ => "first-window",
        };
        input.AcceptOnlyFromAmong("first-window", "chunk-mean");
        var threads = new Option<int>("--threads") { Description = "ONNX Runtime threads (default 0: every core).", DefaultValueFactory = _ => 0 };
        var command = new Command("embed",
            "Compute sentence embeddings (all-MiniLM-L6-v2, 384-d) of the bundled project texts (title + \" \" + abstract), " +
            "stored by SHA-256 of model and text in <models>/embeddings/ so each text is embedded once; prints texts per second and cache hits.")
        {
            texts, output, input, threads, TrainCommand.Models,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var logger = context.Logging.CreateLogger("embed");
            var projects = parseResult.GetValue(texts) == "all"
                ? await AllTextsAsync(cancellationToken).ConfigureAwait(false)
                : [.. (await TrainingSet.LoadAsync(ClassifierWorkflow.BundledLabels, ClassifierWorkflow.BundledTexts, cancellationToken).ConfigureAwait(false)).Projects.Select(p => p.Text)];
            var strings = projects.Select(TextEmbedder.TextOf).ToArray();
            var mode = parseResult.GetValue(input) == "chunk-mean" ? EmbeddingInput.ChunkMean : EmbeddingInput.FirstWindow;
            using var embedder = new TextEmbedder(mode, parseResult.GetValue(threads));
            var folder = Path.Combine(context.Options<ClassificationOptions>().Models(parseResult.GetValue(TrainCommand.Models)).Root, "embeddings");
            var store = EmbeddingStore.Open(folder, embedder.ModelId);
            logger.LogInformation("Embedding {Texts} texts with {Model}; store {Store} holds {Stored} vectors", strings.Length, embedder.ModelId, store.FilePath, store.Count);

            var clock = Stopwatch.StartNew();
            var lookup = store.GetOrEmbed(strings, batch => embedder.Embed(batch, cancellationToken),
                (done, total) => logger.LogInformation("Embedded {Done} of {Total} texts ({Seconds:F1} s)", done, total, clock.Elapsed.TotalSeconds),
                cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var lookupsPerSecond = TimeLookups(store, strings);
            if (parseResult.GetValue(output) is { } csv)
                EmbeddingCsv.Write(csv, projects, lookup.Vectors);

            var report = new EmbeddingThroughput(strings.Length, lookup.Hits, lookup.Embedded, seconds, embedder.WindowsRun, embedder.PiecesRun, lookupsPerSecond);
            logger.LogInformation("Embedded {Embedded} texts in {Seconds:F1} s ({TextsPerSecond:F1} texts/s, {Windows} windows, {Pieces} word-pieces); " +
                "{Hits} from the store; {Lookups:F0} store lookups/s", lookup.Embedded, seconds, report.TextsPerSecond, embedder.WindowsRun, embedder.PiecesRun,
                lookup.Hits, lookupsPerSecond);
            Console.WriteLine(report.Describe());
            Console.WriteLine($"store {store.FilePath}: {store.Count} vectors of {embedder.ModelId}");
            if (parseResult.GetValue(output) is { } written)
                Console.WriteLine($"{strings.Length} rows written to {written}");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Every bundled text with a title or an abstract, the first of each (source, source_id), as training reads them.</summary>
    private static async Task<IReadOnlyList<ProjectText>> AllTextsAsync(CancellationToken cancellationToken)
    {
        var seen = new HashSet<(string, string)>();
        var projects = new List<ProjectText>();
        foreach (var file in ClassifierWorkflow.BundledTexts)
        {
            await foreach (var text in ProjectTextFile.ReadAsync(file, cancellationToken).ConfigureAwait(false))
            {
                if ((!string.IsNullOrWhiteSpace(text.Title) || !string.IsNullOrWhiteSpace(text.Abstract)) && seen.Add((text.Source, text.SourceId)))
                    projects.Add(text);
            }
        }
        return projects;
    }

    /// <summary>Lookups per second of every text in the store (hash and read): the cost of features that are stored already.</summary>
    private static double TimeLookups(EmbeddingStore store, IReadOnlyList<string> texts)
    {
        var clock = Stopwatch.StartNew();
        var found = texts.Count(text => store.TryGet(text, out _));
        return found / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
    }
}
