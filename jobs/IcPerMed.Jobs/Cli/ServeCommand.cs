using System.CommandLine;
using IcPerMed.Jobs.Serve;
using Microsoft.Extensions.Hosting;

namespace IcPerMed.Jobs.Cli;

/// <summary><c>icpermed serve [--urls URL]</c>: the web dashboard and its JSON API, until stopped (Ctrl+C).</summary>
public static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen (default {DefaultUrls}; several separated by ';'). Sign-in cookies are sent over plain HTTP only on loopback; put TLS in front anywhere else.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var workerOnly = new Option<bool>("--worker-only")
        {
            Description = "No web pages: only the job scheduler (Quartz) and a job server (Hangfire). With a PostgreSQL --db, run several on several machines to share the work.",
        };
        var command = new Command("serve",
            "Serve the web dashboard (overview, gaps, trends, explore, projects, sources, model, admin) and the JSON API under /api, with the job scheduler, the Jobs page (/admin/jobs) and Hangfire's dashboard (/jobs/hangfire), admins only. " +
            $"Users: {DashboardHost.SettingsFile}, ICPERMED_Dashboard__... environment variables, or `icpermed users add`.")
        { urls, workerOnly };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            if (parseResult.GetValue(workerOnly))
            {
                using var worker = WorkerHost.Build(context.WarehouseLocationValue, parseResult.GetValue(GlobalOptions.Verbose));
                await worker.RunAsync(cancellationToken).ConfigureAwait(false);
                return CommandRunner.Ok;
            }
            await using var app = DashboardHost.Build(parseResult.GetValue(urls)!, context.WarehouseLocationValue, parseResult.GetValue(GlobalOptions.Verbose));
            if (DashboardHost.MissingSignIn(app) is { } reason) throw new UsageException(reason);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
