using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IcPerMed.Dashboards.Tests.Web;

/// <summary>
/// With an OpenID Connect provider configured, sign-in offers it and sends the browser to the provider's authorization
/// endpoint (code flow with PKCE). The provider is a real Kestrel server on loopback publishing a discovery document.
/// </summary>
public sealed class OpenIdConnectTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly string[] Code = ["code"], Public = ["public"], Rs256 = ["RS256"];

    [Fact]
    public async Task Sign_in_with_the_organisation_goes_to_the_providers_authorization_endpoint()
    {
        await using var provider = await StartProviderAsync();
        var authority = provider.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        await using var app = new DashboardApp(IcPerMed.Tests.Support.TestStores.DuckDb, extra: new Dictionary<string, string?>
        {
            ["Dashboard:OpenIdConnect:Authority"] = authority,
            ["Dashboard:OpenIdConnect:ClientId"] = "icpermed-dashboard",
            ["Dashboard:OpenIdConnect:RequireHttpsMetadata"] = "false",
        });
        await app.InitializeAsync();
        using var client = await app.ClientAsync(null);
        Assert.Contains("Sign in with your organisation", await client.GetStringAsync("/account/login", Ct));

        using var response = await client.GetAsync("/account/login/external?returnUrl=%2Fgaps", Ct);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.ToString();
        Assert.StartsWith(authority + "/authorize?", location);
        Assert.Contains("client_id=icpermed-dashboard", location);
        Assert.Contains("response_type=code", location);
        Assert.Contains("code_challenge_method=S256", location);
        Assert.Contains("redirect_uri=" + Uri.EscapeDataString("http://localhost/signin-oidc"), location);
    }

    [Fact]
    public async Task Without_a_provider_there_is_no_external_sign_in()
    {
        await using var app = new DashboardApp();
        await app.InitializeAsync();
        using var client = await app.ClientAsync(null);
        Assert.DoesNotContain("Sign in with your organisation", await client.GetStringAsync("/account/login", Ct));
        using var response = await client.GetAsync("/account/login/external", Ct);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<WebApplication> StartProviderAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var provider = builder.Build();
        provider.MapGet("/.well-known/openid-configuration", (HttpContext context) =>
        {
            var issuer = $"{context.Request.Scheme}://{context.Request.Host}";
            return Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = issuer,
                ["authorization_endpoint"] = issuer + "/authorize",
                ["token_endpoint"] = issuer + "/token",
                ["jwks_uri"] = issuer + "/jwks",
                ["response_types_supported"] = Code,
                ["subject_types_supported"] = Public,
                ["id_token_signing_alg_values_supported"] = Rs256,
            });
        });
        provider.MapGet("/jwks", () => Results.Json(new { keys = Array.Empty<object>() }));
        await provider.StartAsync(Ct);
        return provider;
    }
}
