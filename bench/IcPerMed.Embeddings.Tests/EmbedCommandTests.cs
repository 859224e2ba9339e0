using System.CommandLine;
using Xunit;

namespace IcPerMed.Embeddings.Tests;

/// <summary>The embed program's command line (formerly <c>icpermed embed</c>), run in-process.</summary>
public sealed class EmbedCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Help_names_every_option_and_the_two_text_sets()
    {
        var (exit, output) = await RunAsync("--help");

        Assert.Equal(0, exit);
        foreach (var option in new[] { "--texts", "--out", "--input", "--threads", "--models", "labelled", "all", "first-window", "chunk-mean" })
            Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains("embedded once", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_text_set_it_does_not_know_is_refused_before_anything_runs()
    {
        var (exit, output) = await RunAsync("--texts", "everything");

        Assert.NotEqual(0, exit);
        Assert.Contains("everything", output, StringComparison.Ordinal);
    }

    [Fact]
    public void The_models_option_wins_and_the_store_is_its_embeddings_folder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "icpermed-models");

        Assert.Equal(Path.Combine(folder, "embeddings"), ModelsFolder.Embeddings(folder));
    }

    private static async Task<(int Exit, string Output)> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        var exit = await EmbedCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = output }, Ct);
        return (exit, output.ToString());
    }
}
