using IcPerMed.Jobs.Tests.Cli;
using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Classify;

public sealed class CorruptModelTests
{
    [Fact]
    public async Task A_corrupt_model_is_reported_with_its_file_and_exit_code_3()
    {
        var ct = TestContext.Current.CancellationToken;
        var models = TestPaths.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(models, "pm-1"));
        await File.WriteAllTextAsync(Path.Combine(models, "current"), "pm-1\n", ct);
        await File.WriteAllTextAsync(Path.Combine(models, "pm-1", "metadata.json"), "{not json", ct);
        var input = Path.Combine(models, "in.jsonl");
        await File.WriteAllTextAsync(input, """{"source":"a","source_id":"1","title":"Stratified therapy"}""" + "\n", ct);

        var result = await IcPerMedProcess.RunAsync(ct, "classify", "--input", input, "--output", Path.Combine(models, "out.csv"), "--models", models);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains(Path.Combine(models, "pm-1", "metadata.json"), result.Error);
        Assert.Contains("not a model's metadata", result.Error);
    }
}
