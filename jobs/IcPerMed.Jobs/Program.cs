using IcPerMed.Analytics;
using IcPerMed.Dashboards;
using IcPerMed.Ingestion;
using IcPerMed.Jobs;
using IcPerMed.Jobs.Cli;
using Microsoft.Extensions.Hosting;

// icpermed: the composition root. Every command is defined in Cli/ and runs on a host (Cli/CommandHost.cs) holding the
// modules below; serve's web host and a worker hold the same ones (IcPerMedHost.Configure).
return await IcPerMedCommand.RunAsync(args).ConfigureAwait(false);

/// <summary>The table of contents of every host: each project registers its own services and options.</summary>
internal static partial class Program
{
    internal static void AddModules(IHostApplicationBuilder builder) => builder
        .AddAnalytics()
        .AddIngestion()
        .AddDashboards()
        .AddJobs();
}
