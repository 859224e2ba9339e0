using Microsoft.Extensions.Hosting;

namespace IcPerMed.Jobs.Serve;

/// <summary>
/// <c>icpermed serve --worker-only</c>: Quartz and a Hangfire server without web pages. Several of them on several
/// machines, pointed at one PostgreSQL warehouse, share the schedules (Quartz clustering) and the queue (Hangfire).
/// </summary>
public static class WorkerHost
{
    public static IHost Build(string warehouse, bool verbose, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        IcPerMedHost.Configure(builder, warehouse, verbose, extra);
        builder.Services.AddServerTurns();
        builder.AddJobScheduling();
        return builder.Build();
    }
}
