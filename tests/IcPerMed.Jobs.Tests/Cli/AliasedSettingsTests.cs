using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// The settings that replaced environment reads (Ingestion:StateDirectory, Classification:ModelsDirectory and
/// MinimumWords, Warehouse:DuckDbMemoryLimit), as a user sets them: the settings file, overridden by the older variable
/// (ICPERMED_STATE_DIR, ICPERMED_MODELS, ICPERMED_DUCKDB_MEMORY_LIMIT), overridden by the section's variable, overridden
/// by the command line's option where there is one. Each run is given values that make it fail at once, naming the
/// value it used: a folder that cannot be created, a corrupt model, a memory size DuckDB rejects.
/// </summary>
public sealed class AliasedSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task State_dir_is_the_option_then_the_section_variable_then_ICPERMED_STATE_DIR_then_the_settings_file()
    {
        var folder = TestPaths.NewTempDirectory();
        // Plain files where the checkpoint folders would go: a harvest that opens one fails before any request.
        foreach (var name in new[] { "state-file", "state-alias", "state-section", "state-option" })
            await File.WriteAllTextAsync(Path.Combine(folder, name), "", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Ingestion": {"StateDirectory": "state-file"}}""", Ct);
        var alias = new Dictionary<string, string> { ["ICPERMED_STATE_DIR"] = "state-alias" };
        var section = new Dictionary<string, string>(alias) { ["ICPERMED_Ingestion__StateDirectory"] = "state-section" };
        // Port 9 (discard) is never asked: the checkpoint is opened first.
        string[] harvest = ["harvest", "nih", "--from", "http://127.0.0.1:9/"];

        await AssertFailsNamingAsync(folder, None, harvest, 3, Path.Combine(folder, "state-file", "nih"));
        await AssertFailsNamingAsync(folder, alias, harvest, 3, Path.Combine(folder, "state-alias", "nih"));
        await AssertFailsNamingAsync(folder, section, harvest, 3, Path.Combine(folder, "state-section", "nih"));
        await AssertFailsNamingAsync(folder, section, [.. harvest, "--state-dir", "state-option"], 3, Path.Combine(folder, "state-option", "nih"));
    }

    [Fact]
    public async Task Models_folder_is_the_option_then_the_section_variable_then_ICPERMED_MODELS_then_the_settings_file()
    {
        var folder = TestPaths.NewTempDirectory();
        foreach (var name in new[] { "models-file", "models-alias", "models-section", "models-option" })
        {
            // A current model whose metadata is not JSON: classify names the file and stops.
            Directory.CreateDirectory(Path.Combine(folder, name, "pm-1"));
            await File.WriteAllTextAsync(Path.Combine(folder, name, "current"), "pm-1\n", Ct);
            await File.WriteAllTextAsync(Path.Combine(folder, name, "pm-1", "metadata.json"), "{not json", Ct);
        }
        await File.WriteAllTextAsync(Path.Combine(folder, "in.jsonl"), """{"source":"a","source_id":"1","title":"Stratified therapy"}""" + "\n", Ct);
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Classification": {"ModelsDirectory": "models-file"}}""", Ct);
        var alias = new Dictionary<string, string> { ["ICPERMED_MODELS"] = "models-alias" };
        var section = new Dictionary<string, string>(alias) { ["ICPERMED_Classification__ModelsDirectory"] = "models-section" };
        string[] classify = ["classify", "--input", "in.jsonl", "--output", "out.csv"];

        await AssertFailsNamingAsync(folder, None, classify, 3, Metadata(folder, "models-file"));
        await AssertFailsNamingAsync(folder, alias, classify, 3, Metadata(folder, "models-alias"));
        await AssertFailsNamingAsync(folder, section, classify, 3, Metadata(folder, "models-section"));
        await AssertFailsNamingAsync(folder, section, [.. classify, "--models", "models-option"], 3, Metadata(folder, "models-option"));
    }

    [Fact]
    public async Task DuckDb_memory_limit_is_the_section_variable_then_ICPERMED_DUCKDB_MEMORY_LIMIT_then_the_settings_file()
    {
        var folder = TestPaths.NewTempDirectory();
        // Sizes in units DuckDB does not know; its error quotes the unit, so each run shows which value it was given.
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Warehouse": {"DuckDbMemoryLimit": "7 fileunits"}}""", Ct);
        var alias = new Dictionary<string, string> { ["ICPERMED_DUCKDB_MEMORY_LIMIT"] = "7 aliasunits" };
        var section = new Dictionary<string, string>(alias) { ["ICPERMED_Warehouse__DuckDbMemoryLimit"] = "7 sectionunits" };

        await AssertFailsNamingAsync(folder, None, ["status"], 4, "'fileunits'");
        await AssertFailsNamingAsync(folder, alias, ["status"], 4, "'aliasunits'");
        await AssertFailsNamingAsync(folder, section, ["status"], 4, "'sectionunits'");
    }

    [Theory]
    [InlineData("file")]
    [InlineData("variable")]
    public async Task A_negative_MinimumWords_is_rejected_with_exit_3_naming_the_key_before_anything_runs(string from)
    {
        var folder = TestPaths.NewTempDirectory();
        var environment = new Dictionary<string, string>();
        if (from == "file")
            await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Classification": {"MinimumWords": -5}}""", Ct);
        else
            environment["ICPERMED_Classification__MinimumWords"] = "-5";

        var result = await IcPerMedProcess.RunInAsync(folder, environment, Ct, "classify", "--all");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("settings rejected: icpermed.settings.json: Classification:MinimumWords (or ICPERMED_Classification__MinimumWords) is -5: it must be 0 or more",
            result.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder, "data")), "nothing may run on rejected settings");
    }

    private static readonly Dictionary<string, string> None = [];

    private static string Metadata(string folder, string models) => Path.Combine(folder, models, "pm-1", "metadata.json");

    private static async Task AssertFailsNamingAsync(string folder, IReadOnlyDictionary<string, string> environment, string[] args,
        int exitCode, string expected)
    {
        var result = await IcPerMedProcess.RunInAsync(folder, environment, Ct, args);

        Assert.True(result.ExitCode == exitCode, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains(expected, result.Error, StringComparison.Ordinal);
    }
}
