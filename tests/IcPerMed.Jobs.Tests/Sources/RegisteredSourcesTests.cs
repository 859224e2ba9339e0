using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Cli;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Jobs.Scheduling.Jobs;
using IcPerMed.Jobs.Serve;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace IcPerMed.Jobs.Tests.Sources;

/// <summary>
/// A source registered from this test project (<see cref="TestGrantsSource"/>) gets its <c>harvest</c> command with its
/// own option, its scheduled job with its default schedule, a <c>demo</c> entry and a <c>status</c> row, with no change
/// to jobs/: the commands and jobs enumerate the <see cref="SourceRegistry"/>.
/// </summary>
public sealed class RegisteredSourcesTests
{
    // Three grants; the second is below the --min-eur of 1000 used below, so a filtered harvest stores two (by hand).
    private const string Grants = "g-1\tGenomic tumour profiling\t2024-02-01\t250000\ng-2\tSmall travel grant\t2024-03-15\t800\ng-3\tPharmacogenomics cohort\t2025-01-10\t1200000\n";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Harvest_offers_the_registered_source_with_its_own_option_and_the_shared_ones()
    {
        var registry = SourceRegistry.BuiltIn.With(TestGrantsSource.Registration("grants.tsv"));
        var output = new StringWriter();

        var exit = await Root(registry).Parse(["harvest", TestGrantsSource.Name, "--help"])
            .InvokeAsync(new InvocationConfiguration { Output = output }, Ct);

        Assert.Equal(0, exit);
        var harvest = HarvestCommand.Create(registry);
        Assert.Equal(["360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf", TestGrantsSource.Name], harvest.Subcommands.Select(c => c.Name).Order());
        var options = harvest.Subcommands.Single(c => c.Name == TestGrantsSource.Name).Options.Select(o => o.Name);
        Assert.Equal(["--from", "--min-eur", "--full", "--state-dir", "--format"], options);
        Assert.Contains("Test grants: a tab-separated file registered from the test project.", output.ToString());
        Assert.Contains("A tab-separated grants file. Default: grants.tsv", output.ToString());
        Assert.Contains($"{TestGrantsSource.Name}: samples/test-grants.tsv", DemoCommand.Create(registry).Description);
    }

    [Theory]
    [MemberData(nameof(TestStores.Both), MemberType = typeof(TestStores))]
    public async Task Harvest_runs_the_registered_connector_with_its_option_and_status_lists_every_registered_source(string store)
    {
        var db = await TestStores.NewLocationAsync(store, Ct);
        var file = await WriteGrantsAsync();
        var registry = SourceRegistry.BuiltIn.With(TestGrantsSource.Registration(file));

        var exit = await Root(registry).Parse(["harvest", TestGrantsSource.Name, "--from", file, "--min-eur", "1000", "--db", db, "--format", "json"])
            .InvokeAsync(cancellationToken: Ct);

        Assert.Equal(0, exit);
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        var statuses = RegisteredSources.Catalogue(registry).Complete(await warehouse.GetSourceStatusAsync(Ct));
        Assert.Equal(["360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf", TestGrantsSource.Name], statuses.Select(s => s.Source));
        var grants = statuses.Single(s => s.Source == TestGrantsSource.Name);
        Assert.Equal((2L, "succeeded"), (grants.Projects, grants.LastRun?.Status));
        Assert.All(statuses.Where(s => s.Source != TestGrantsSource.Name), s => Assert.Equal((0L, null), (s.Projects, s.LastRun)));
    }

    [Fact]
    public async Task The_registered_source_is_a_scheduled_job_with_its_default_schedule_that_reads_its_default_origin()
    {
        var db = await TestStores.NewLocationAsync(TestStores.DuckDb, Ct);
        var file = await WriteGrantsAsync();
        var configuration = new ConfigurationBuilder().Build();
        await using var services = new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddIngestion(TestGrantsSource.Registration(file))
            .AddScheduledJobs(configuration, new JobSettings(db))
            .BuildServiceProvider();
        var jobs = services.GetRequiredService<ScheduledJobRegistry>();

        var listing = JobListing.Build(jobs, configuration, new DateTimeOffset(2026, 12, 9, 12, 0, 0, TimeSpan.Zero))
            .Single(j => j.Name == "harvest-" + TestGrantsSource.Name);
        await jobs.Get("harvest-" + TestGrantsSource.Name).RunAsync(new Progress<string>(), Ct);

        Assert.StartsWith(TestGrantsSource.Cron, listing.Schedule, StringComparison.Ordinal);
        Assert.Equal(JobSchedules.DefaultTimeZone, listing.TimeZone);
        // Monday 2026-12-14, 04:15 in Berlin (UTC+1 in winter) is the first fire after Wednesday noon.
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 4, 15, 0, TimeSpan.FromHours(1)), listing.NextFire);
        Assert.Contains(jobs.All, j => j.Name == "harvest-cordis");
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, Ct);
        // No --min-eur on a scheduled run: all three grants of the file.
        Assert.Equal(3, (await warehouse.GetSourceStatusAsync(Ct)).Single(s => s.Source == TestGrantsSource.Name).Projects);
    }

    private static RootCommand Root(SourceRegistry registry) =>
        new("icpermed with a test source") { Options = { GlobalOptions.Db, GlobalOptions.Verbose }, Subcommands = { HarvestCommand.Create(registry) } };

    private static async Task<string> WriteGrantsAsync()
    {
        var file = Path.Combine(TestPaths.NewTempDirectory(), "grants.tsv");
        await File.WriteAllTextAsync(file, Grants, Ct);
        return file;
    }
    [Fact]
    public void A_source_a_host_registers_gets_its_Quartz_schedule_under_serve()
    {
        var services = new ServiceCollection().AddIngestion(TestGrantsSource.Registration("grants.tsv"));
        var configuration = new ConfigurationBuilder().Build();

        var sources = JobHosting.RegisteredSources(services);
        var scheduled = JobHosting.ScheduledJobNames(configuration, sources).ToList();

        Assert.Contains("harvest-" + TestGrantsSource.Name, scheduled);
        Assert.Contains("harvest-cordis", scheduled);
        Assert.Equal(TestGrantsSource.Cron, JobSchedules.For(configuration, "harvest-" + TestGrantsSource.Name, sources).Cron);
        // Without the host's registry only the built-in sources are scheduled.
        Assert.DoesNotContain("harvest-" + TestGrantsSource.Name, JobHosting.ScheduledJobNames(configuration));
    }
}
