using System.Net;
using System.Text.RegularExpressions;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// The dashboard over its own warehouse of <see cref="DashboardData"/>, hosted by WebApplicationFactory exactly as
/// <c>icpermed serve</c> hosts it (AddDashboard + UseDashboard), with one user per role.
/// </summary>
public sealed partial class DashboardApp : WebApplicationFactory<DashboardApp>, IAsyncLifetime
{
    private readonly string store;
    public const string Password = "correct horse battery";
    private static readonly string Hash = UserDirectory.HashPassword(Password);
    public FakeTimeProvider Time { get; } = new(DashboardData.HarvestedAt);
    public string Location { get; private set; } = "";

    public DashboardApp() : this(IcPerMed.Tests.Support.TestStores.DuckDb) { }

    /// <summary>The dashboard over a warehouse on the given store (xunit fixtures use the DuckDB one).</summary>
    internal DashboardApp(string store, int signInAttemptsPerMinute = 10_000, IReadOnlyDictionary<string, string?>? extra = null)
    {
        this.store = store;
        this.signInAttemptsPerMinute = signInAttemptsPerMinute;
        this.extra = extra ?? new Dictionary<string, string?>();
    }

    private readonly IReadOnlyDictionary<string, string?> extra;

    private readonly int signInAttemptsPerMinute;

    public async ValueTask InitializeAsync() => Location = await DashboardData.BuildAsync(store, Time, CancellationToken.None);

    // The dashboard has no entry point of its own (icpermed is the program): the factory is keyed on this test assembly,
    // which has one, and builds the host itself.
    protected override IHostBuilder CreateHostBuilder() => Host.CreateDefaultBuilder()
        .ConfigureWebHostDefaults(web => web
            .ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(Settings()))
            .ConfigureServices((context, services) =>
            {
                services.AddSingleton<TimeProvider>(Time);
                services.AddDashboard(context.Configuration);
            })
            .Configure(app => app.UseDashboard()));

    // The pages are compiled into the dashboards assembly, so the content root only has to exist; without this the
    // factory guesses a folder named after the test assembly beside the solution, which there is not.
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseContentRoot(AppContext.BaseDirectory);

    private Dictionary<string, string?> Settings()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Dashboard:Warehouse"] = Location,
            ["Dashboard:SignInAttemptsPerMinute"] = signInAttemptsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Dashboard:UsersFile"] = Path.Combine(IcPerMed.Tests.Support.TestPaths.NewTempDirectory(), "users.json"),
            // On demand only, as the tests were written; LiveFiguresWarmerTests turn it on (extra wins).
            ["Dashboard:WarmLiveFigures"] = "false",
        };
        for (var i = 0; i < DashboardRoles.All.Count; i++)
        {
            settings[$"Dashboard:Users:{i}:Name"] = DashboardRoles.All[i] + "-user";
            settings[$"Dashboard:Users:{i}:Role"] = DashboardRoles.All[i];
            settings[$"Dashboard:Users:{i}:PasswordHash"] = Hash;
        }
        foreach (var (key, value) in extra) settings[key] = value;
        return settings;
    }

    /// <summary>A client that keeps cookies and does not follow redirects, signed in with the role (or anonymous for null).</summary>
    public async Task<HttpClient> ClientAsync(string? role)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role is null) return client;
        var signIn = await SignInAsync(client, role + "-user", Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string returnUrl = "/")
    {
        var token = await AntiforgeryTokenAsync(client, "/account/login");
        return await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = password, ["returnUrl"] = returnUrl, ["__RequestVerificationToken"] = token,
        }), TestContext.Current.CancellationToken);
    }

    /// <summary>The antiforgery token of the first form on the page.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        return TokenPattern().Match(html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no antiforgery token");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    async ValueTask IAsyncDisposable.DisposeAsync() => await base.DisposeAsync();
}
