using IcPerMed.Analytics;
using IcPerMed.Ingestion;
using IcPerMed.Jobs.Classify;
using IcPerMed.Jobs.Cli;
using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xunit;

namespace IcPerMed.Jobs.Tests.Hosting;

/// <summary>The host every command runs on: options bound by section name, the clock and logging from DI.</summary>
public sealed class CommandHostTests
{
    [Fact]
    public void Options_are_bound_by_section_name_and_the_warehouse_is_the_command_lines()
    {
        var db = Path.Combine(Path.GetTempPath(), $"icpermed-host-{Guid.NewGuid():N}.duckdb");
        using var host = Build(db, new Dictionary<string, string?>
        {
            ["Jobs:Workers"] = "7",
            ["Jobs:PollSeconds"] = "0.5",
            ["Email:Host"] = "smtp.example.org",
            ["Email:Port"] = "587",
            ["Email:Password"] = "not-for-logs",
        });

        var jobs = host.Services.GetRequiredService<IOptions<JobsOptions>>().Value;
        var email = host.Services.GetRequiredService<IOptions<EmailOptions>>().Value;
        Assert.Equal((7, TimeSpan.FromMilliseconds(500), "hangfire"), (jobs.Workers, jobs.Poll, jobs.HangfireSchema));
        Assert.Equal(("smtp.example.org", 587, "not-for-logs"), (email.Host, email.Port, email.Password));
        Assert.DoesNotContain("not-for-logs", email.ToString(), StringComparison.Ordinal);
        Assert.Equal(db, new CommandContext(null!, host.Services).WarehouseLocationValue);
    }

    [Fact]
    public void The_sections_that_replaced_environment_reads_are_bound_by_name()
    {
        using var host = Build(null, new Dictionary<string, string?>
        {
            ["Ingestion:StateDirectory"] = "state",
            ["Classification:MinimumWords"] = "12",
            ["Classification:ModelsDirectory"] = "models",
            ["Warehouse:DuckDbMemoryLimit"] = "300MB",
        });

        var ingestion = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value;
        var classification = host.Services.GetRequiredService<IOptions<ClassificationOptions>>().Value;
        var warehouse = host.Services.GetRequiredService<IOptions<WarehouseOptions>>().Value;
        Assert.Equal("state", ingestion.StateDirectory);
        Assert.Equal((12, Path.GetFullPath("models")), (classification.ThinText.MinimumWords, classification.Models().Root));
        Assert.Equal(Path.GetFullPath("from-option"), classification.Models("from-option").Root);
        Assert.Equal("300MB", warehouse.DuckDbMemoryLimit);
    }

    [Fact]
    public void Without_settings_the_defaults_are_those_of_before()
    {
        using var host = Build(null, new Dictionary<string, string?>());

        Assert.Equal(Path.Combine("data", "harvest-state"), host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.StateDirectory);
        var classification = host.Services.GetRequiredService<IOptions<ClassificationOptions>>().Value;
        Assert.Equal((50, Path.GetFullPath("data/models")), (classification.MinimumWords, classification.Models().Root));
        Assert.Equal("1GB", host.Services.GetRequiredService<IOptions<WarehouseOptions>>().Value.DuckDbMemoryLimit);
    }

    [Fact]
    public void A_negative_MinimumWords_fails_the_start_validation_naming_the_key()
    {
        using var host = Build(null, new Dictionary<string, string?> { ["Classification:MinimumWords"] = "-1" });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains("Classification:MinimumWords", error.Message, StringComparison.Ordinal);
        Assert.Contains("is -1: it must be 0 or more", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_labels_file_that_does_not_exist_fails_the_start_validation_naming_the_key_and_the_file()
    {
        var missing = Path.Combine(TestPaths.NewTempDirectory(), "curated-labels.csv");
        using var host = Build(null, new Dictionary<string, string?> { ["Classification:LabelsFile"] = missing });

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());
        Assert.Contains($"Classification:LabelsFile (or ICPERMED_Classification__LabelsFile) is '{missing}': there is no such file", error.Message, StringComparison.Ordinal);

        File.WriteAllText(missing, "source,source_id,pm,c1,c2,c3,c4,c5\n");
        using var accepted = Build(null, new Dictionary<string, string?> { ["Classification:LabelsFile"] = missing });
        accepted.Services.GetRequiredService<IStartupValidator>().Validate();
        Assert.Equal(missing, accepted.Services.GetRequiredService<IOptions<ClassificationOptions>>().Value.LabelsFile);
    }

    [Fact]
    public void The_older_variables_each_set_one_key_of_the_sections()
    {
        Assert.Equal(new Dictionary<string, string>
        {
            ["ICPERMED_DB"] = "Warehouse:Location",
            ["ICPERMED_DUCKDB_MEMORY_LIMIT"] = "Warehouse:DuckDbMemoryLimit",
            ["ICPERMED_STATE_DIR"] = "Ingestion:StateDirectory",
            ["ICPERMED_MODELS"] = "Classification:ModelsDirectory",
        }, EnvironmentAliases.Keys);
    }

    [Fact]
    public void A_clock_registered_before_the_modules_is_the_one_commands_read()
    {
        var frozen = new FrozenTime(new DateTimeOffset(2026, 7, 1, 9, 0, 0, TimeSpan.Zero));
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddSingleton<TimeProvider>(frozen);
        IcPerMedHost.Configure(builder, warehouse: null, verbose: false);
        using var host = builder.Build();

        Assert.Same(frozen, new CommandContext(null!, host.Services).Time);
    }

    [Fact]
    public void Without_db_the_warehouse_is_the_Warehouse_section()
    {
        var db = Path.Combine(Path.GetTempPath(), $"icpermed-host-{Guid.NewGuid():N}.duckdb");
        using var host = Build(null, new Dictionary<string, string?> { ["Warehouse:Location"] = db });

        Assert.Equal(db, host.Services.GetRequiredService<IOptions<WarehouseOptions>>().Value.Resolved);
    }

    private static IHost Build(string? warehouse, IReadOnlyDictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        IcPerMedHost.Configure(builder, warehouse, verbose: false, settings);
        return builder.Build();
    }

    private sealed class FrozenTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
