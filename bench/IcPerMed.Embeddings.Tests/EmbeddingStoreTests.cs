using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Embeddings.Tests;

public sealed class EmbeddingStoreTests(EmbedderFixture fixture) : IClassFixture<EmbedderFixture>
{
    private readonly string folder = TestPaths.NewTempDirectory();
    private readonly List<string> embedded = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_text_is_embedded_once_and_read_back_from_the_file_by_a_new_store()
    {
        var store = EmbeddingStore.Open(folder, fixture.Embedder.ModelId);

        var first = store.GetOrEmbed([fixture.PharmacogeneticPanel, fixture.SolarWeather, fixture.PharmacogeneticPanel], Embed, cancellationToken: Ct);
        var reopened = EmbeddingStore.Open(folder, fixture.Embedder.ModelId);
        var second = reopened.GetOrEmbed([fixture.SolarWeather, fixture.PharmacogeneticPanel], Embed, cancellationToken: Ct);

        Assert.Equal((0, 2), (first.Hits, first.Embedded));
        Assert.Equal((2, 0), (second.Hits, second.Embedded));
        Assert.Equal([fixture.PharmacogeneticPanel, fixture.SolarWeather], embedded);
        Assert.Equal(first.Vectors[0], second.Vectors[1]);
        Assert.Equal(first.Vectors[0], first.Vectors[2]);
        Assert.Equal(2, reopened.Count);
    }

    [Fact]
    public void A_changed_text_or_another_model_is_a_miss()
    {
        EmbeddingStore.Open(folder, fixture.Embedder.ModelId).GetOrEmbed([fixture.SolarWeather], Embed, cancellationToken: Ct);

        var changed = EmbeddingStore.Open(folder, fixture.Embedder.ModelId).GetOrEmbed([fixture.SolarWeather + "."], Embed, cancellationToken: Ct);
        var otherModel = EmbeddingStore.Open(folder, fixture.Embedder.ModelId + " (another)");

        Assert.Equal((0, 1), (changed.Hits, changed.Embedded));
        Assert.False(otherModel.TryGet(fixture.SolarWeather, out _));
        Assert.True(EmbeddingStore.Open(folder, fixture.Embedder.ModelId).TryGet(fixture.SolarWeather, out _));
    }

    [Fact]
    public void A_store_file_cut_short_stops_the_open_with_an_error_naming_the_file()
    {
        var store = EmbeddingStore.Open(folder, fixture.Embedder.ModelId);
        store.GetOrEmbed([fixture.SolarWeather, fixture.PharmacogenomicsCentre], Embed, cancellationToken: Ct);
        var bytes = File.ReadAllBytes(store.FilePath);
        File.WriteAllBytes(store.FilePath, bytes[..^100]);

        var error = Assert.Throws<InvalidDataException>(() => EmbeddingStore.Open(folder, fixture.Embedder.ModelId));

        Assert.StartsWith(store.FilePath + ":", error.Message, StringComparison.Ordinal);
        Assert.Contains("cut short", error.Message, StringComparison.Ordinal);
        File.WriteAllBytes(store.FilePath, bytes[..10]);
        Assert.Contains("cut short", Assert.Throws<InvalidDataException>(() => EmbeddingStore.Open(folder, fixture.Embedder.ModelId)).Message, StringComparison.Ordinal);
        File.WriteAllText(store.FilePath, "source,source_id,e0\n");
        Assert.Contains("not an embedding store", Assert.Throws<InvalidDataException>(() => EmbeddingStore.Open(folder, fixture.Embedder.ModelId)).Message, StringComparison.Ordinal);
    }

    private float[][] Embed(IReadOnlyList<string> texts)
    {
        embedded.AddRange(texts);
        return fixture.Embedder.Embed(texts, Ct);
    }
}
