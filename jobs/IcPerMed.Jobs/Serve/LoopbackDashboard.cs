using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Jobs.Serve;

/// <summary>One dashboard user with a plain password, for a <see cref="LoopbackDashboard"/> only.</summary>
public sealed record LoopbackUser(string Name, string Role, string Password);

/// <summary>
/// The real dashboard (<see cref="DashboardHost"/>) started on a free 127.0.0.1 port with users given in memory: what
/// <c>icpermed bench web</c> and the browser smoke test drive. Dispose stops it.
/// </summary>
public sealed class LoopbackDashboard : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string? ownSessions;

    private LoopbackDashboard(WebApplication app, Uri address, string? ownSessions)
    {
        this.app = app;
        Address = address;
        this.ownSessions = ownSessions;
    }

    /// <summary>Where it listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Address { get; }

    /// <summary>The dashboard's services, for a benchmark that prepares what the pages read (the dossier store).</summary>
    public IServiceProvider Services => app.Services;

    /// <param name="settings">More configuration (e.g. Dashboard:SignInAttemptsPerMinute), winning over every other source; without a Dashboard:UsersFile only <paramref name="users"/> can sign in; without Dashboard:WarmLiveFigures the figures are computed on demand only.</param>
    public static async Task<LoopbackDashboard> StartAsync(string warehouse, IReadOnlyList<LoopbackUser> users,
        IReadOnlyDictionary<string, string?>? settings, CancellationToken cancellationToken)
    {
        var section = DashboardOptions.Section;
        var extra = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        var usersFile = $"{section}:{nameof(DashboardOptions.UsersFile)}";
        string? ownSessions = null;
        if (!extra.ContainsKey(usersFile))
        {
            // No users file: only the users given here can sign in. Their sessions file goes when the dashboard stops.
            extra[usersFile] = Path.Combine(Path.GetTempPath(), $"icpermed-no-users-{Guid.NewGuid():N}.json");
            ownSessions = new DashboardOptions { UsersFile = extra[usersFile]! }.ResolvedSessionsFile;
        }
        // Computed on demand only, unless asked: what a test or a measurement sees at start is then its own doing.
        extra.TryAdd($"{section}:{nameof(DashboardOptions.WarmLiveFigures)}", "false");
        for (var i = 0; i < users.Count; i++)
        {
            extra[$"{section}:Users:{i}:Name"] = users[i].Name;
            extra[$"{section}:Users:{i}:Role"] = users[i].Role;
            extra[$"{section}:Users:{i}:PasswordHash"] = UserDirectory.HashPassword(users[i].Password);
        }
        // Port 0: the system picks a free port, read back from the server once it listens.
        var app = DashboardHost.Build("http://127.0.0.1:0", warehouse, verbose: false, extra);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackDashboard(app, new Uri(bound.TrimEnd('/') + "/"), ownSessions);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
        if (ownSessions is not null) File.Delete(ownSessions);
    }
}
