using System.Net;
using System.Text.RegularExpressions;

namespace IcPerMed.Benchmarks.Web;

/// <summary>
/// An HttpClient signed in to the dashboard with its own cookies, as one browser would be: it fetches the sign-in form
/// (for the antiforgery token and cookie) and posts the name and password.
/// </summary>
public static partial class WebBenchmarkClient
{
    public static async Task<HttpClient> SignInAsync(Uri address, string name, string password, CancellationToken cancellationToken)
    {
        var handler = new SocketsHttpHandler { CookieContainer = new CookieContainer(), UseCookies = true, AllowAutoRedirect = false };
        var client = new HttpClient(handler) { BaseAddress = address };
        try
        {
            var form = await client.GetStringAsync("account/login", cancellationToken).ConfigureAwait(false);
            var token = AntiforgeryToken().Match(form) is { Success: true } match
                ? WebUtility.HtmlDecode(match.Groups[1].Value)
                : throw new InvalidOperationException("the sign-in page has no antiforgery token");
            using var content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["name"] = name, ["password"] = password, ["__RequestVerificationToken"] = token, ["returnUrl"] = "/",
            });
            using var response = await client.PostAsync(new Uri("account/login", UriKind.Relative), content, cancellationToken).ConfigureAwait(false);
            // A good sign-in redirects home and sets the auth cookie; a bad one shows the form again (200).
            if (response.StatusCode != HttpStatusCode.Redirect || handler.CookieContainer.GetCookies(address)["icpermed.auth"] is null)
                throw new InvalidOperationException($"signing in as {name} failed: HTTP {(int)response.StatusCode}");
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
