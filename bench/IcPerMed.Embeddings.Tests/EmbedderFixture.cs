using IcPerMed.Analytics.Classification;
using IcPerMed.Tests.Support;

namespace IcPerMed.Embeddings.Tests;

/// <summary>One embedder (the 90 MB model loads once) and a few real abstracts from ../shared/data/abstracts, shared by the tests of a class.</summary>
public sealed class EmbedderFixture : IDisposable
{
    public TextEmbedder Embedder { get; } = new(EmbeddingInput.FirstWindow, threads: 1);

    /// <summary>A pharmacogenetic test panel for children (Genome Alberta).</summary>
    public string PharmacogeneticPanel { get; } = Read("projects_pages.jsonl.gz", "genome-alberta", "pediatric-innovations-in-genomics-let-everyone-be-tested");

    /// <summary>A regulatory-science centre for pharmacogenomics.</summary>
    public string PharmacogenomicsCentre { get; } = Read("projects_pages.jsonl.gz", "web", "arc-gm-cersi-pharmacogenomics");

    /// <summary>A satellite mission forecasting solar weather: nothing to do with medicine.</summary>
    public string SolarWeather { get; } = Read("projects.jsonl.gz", "cordis-he", "101223119");

    /// <summary>An NIH abstract of about 2,200 characters, longer than one 256-piece window.</summary>
    public string LongAbstract { get; } = Read("projects_repos.jsonl.gz", "nih-reporter", "5R21AI095673-02");

    public void Dispose() => Embedder.Dispose();

    private static string Read(string file, string source, string sourceId)
    {
        var texts = ProjectTextFile.ReadAsync(TestPaths.Shared(Path.Combine("abstracts", file)), CancellationToken.None).ToBlockingEnumerable();
        return TextEmbedder.TextOf(texts.First(t => t.Source == source && t.SourceId == sourceId));
    }
}
