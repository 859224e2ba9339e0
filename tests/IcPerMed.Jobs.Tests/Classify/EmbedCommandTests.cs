using IcPerMed.Jobs.Tests.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

public sealed class EmbedCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Embed_help_names_every_option_and_the_two_text_sets()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "embed", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var option in new[] { "--texts", "--out", "--input", "--threads", "--models", "labelled", "all", "first-window", "chunk-mean" })
            Assert.Contains(option, result.Output, StringComparison.Ordinal);
        Assert.Contains("embedded once", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embed_refuses_a_text_set_it_does_not_know()
    {
        var result = await IcPerMedProcess.RunAsync(Ct, "embed", "--texts", "everything");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("everything", result.Error + result.Output, StringComparison.Ordinal);
    }
}
