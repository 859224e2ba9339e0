using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Embeddings;

/// <summary>
/// <c>dotnet run --project bench/IcPerMed.Embeddings -c Release -- --texts labelled|all [--out CSV]</c> (issue 18 lever,
/// formerly <c>icpermed embed</c>): sentence embeddings (all-MiniLM-L6-v2) of the bundled project texts through the
/// embedding store in &lt;models&gt;/embeddings/, so a text is embedded once; prints throughput and cache hits, and writes
/// source,source_id,e0..e383 for scripts/experiments/embedding_lever.py.
/// </summary>
public static class EmbedCommand
{
    public static RootCommand Create()
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
        var models = new Option<string?>("--models")
        {
            Description = $"Folder of model versions; the store is its embeddings/ folder. Default: ${ModelsFolder.SettingVariable}, " +
                $"then ${ModelsFolder.EnvironmentVariable}, then {ModelsFolder.DefaultRoot}.",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Debug logging." };
        var command = new RootCommand(
            "Compute sentence embeddings (all-MiniLM-L6-v2, 384-d) of the bundled project texts (title + \" \" + abstract), " +
            "stored by SHA-256 of model and text in <models>/embeddings/ so each text is embedded once; prints texts per second and cache hits. " +
            "An experiment outside the product (issue 18: the lever did not pay).")
        {
            texts, output, input, threads, models, verbose,
        };
        command.SetAction((parseResult, cancellationToken) => EmbedRun.GuardAsync(parseResult.GetValue(verbose), async logging =>
        {
            var logger = logging.CreateLogger("embed");
            var projects = await BundledTexts.LoadAsync(parseResult.GetValue(texts)!, cancellationToken).ConfigureAwait(false);
            var strings = projects.Select(TextEmbedder.TextOf).ToArray();
            var mode = parseResult.GetValue(input) == "chunk-mean" ? EmbeddingInput.ChunkMean : EmbeddingInput.FirstWindow;
            using var embedder = new TextEmbedder(mode, parseResult.GetValue(threads));
            var store = EmbeddingStore.Open(ModelsFolder.Embeddings(parseResult.GetValue(models)), embedder.ModelId);
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
            return EmbedRun.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>Lookups per second of every text in the store (hash and read): the cost of features that are stored already.</summary>
    private static double TimeLookups(EmbeddingStore store, IReadOnlyList<string> texts)
    {
        var clock = Stopwatch.StartNew();
        var found = texts.Count(text => store.TryGet(text, out _));
        return found / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
    }
}
