using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>Password sign-in to a <see cref="Serve.LoopbackDashboard"/> over real HTTP, as a browser does it (antiforgery token, cookie).</summary>
public static partial class LoopbackSignIn
{
    /// <summary>A client that keeps cookies and does not follow redirects, signed in as <paramref name="name"/>.</summary>
    public static async Task<HttpClient> ClientAsync(Uri address, string name, string password, CancellationToken cancellationToken)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = address };
        var token = await AntiforgeryTokenAsync(client, "account/login", cancellationToken);
        using var signIn = await client.PostAsync(new Uri("account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["name"] = name, ["password"] = password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = token,
        }), cancellationToken);
        Assert.True(signIn.StatusCode == HttpStatusCode.Redirect, $"{name} could not sign in: {signIn.StatusCode}");
        return client;
    }

    /// <summary>The antiforgery token of the first form on the page at <paramref name="path"/>.</summary>
    public static async Task<string> AntiforgeryTokenAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        var html = await client.GetStringAsync(new Uri(path, UriKind.Relative), cancellationToken);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{path} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public static async Task<HttpStatusCode> StatusAsync(HttpClient client, string path, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
