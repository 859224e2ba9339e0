using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// Which warehouse a command opens, as a user sets it: the settings file's Warehouse:Location, overridden by
/// ICPERMED_DB, overridden by ICPERMED_Warehouse__Location, overridden by --db.
/// </summary>
public sealed class WarehouseSettingsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Db_option_beats_the_environment_which_beats_the_settings_file()
    {
        var folder = TestPaths.NewTempDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Warehouse": {"Location": "from-file.duckdb"}}""", Ct);

        await AssertOpensAsync(folder, "from-file.duckdb", new Dictionary<string, string>());
        await AssertOpensAsync(folder, "from-db-variable.duckdb", new Dictionary<string, string> { ["ICPERMED_DB"] = "from-db-variable.duckdb" });
        await AssertOpensAsync(folder, "from-section-variable.duckdb", new Dictionary<string, string>
        {
            ["ICPERMED_DB"] = "from-db-variable.duckdb",
            ["ICPERMED_Warehouse__Location"] = "from-section-variable.duckdb",
        });
        await AssertOpensAsync(folder, "from-option.duckdb", new Dictionary<string, string> { ["ICPERMED_DB"] = "from-db-variable.duckdb" },
            "--db", "from-option.duckdb");
    }

    [Fact]
    public async Task A_settings_file_that_is_not_json_is_rejected_with_exit_3_naming_it()
    {
        var folder = TestPaths.NewTempDirectory();
        await File.WriteAllTextAsync(Path.Combine(folder, "icpermed.settings.json"), """{"Warehouse": """, Ct);

        var result = await IcPerMedProcess.RunInAsync(folder, new Dictionary<string, string>(), Ct, "status");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("icpermed.settings.json", result.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(folder, "data", "icpermed.duckdb")), "nothing may run on a rejected settings file");
    }

    private static async Task AssertOpensAsync(string folder, string expected, IReadOnlyDictionary<string, string> environment, params string[] more)
    {
        var result = await IcPerMedProcess.RunInAsync(folder, environment, Ct, ["status", .. more]);

        Assert.True(result.ExitCode == 0, result.Error);
        // Each expected name is opened by one run only: the file exists because this command opened (and migrated) it.
        Assert.True(File.Exists(Path.Combine(folder, expected)), $"{expected} was not created in {folder}: {result.Output}");
    }
}
