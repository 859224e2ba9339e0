using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Pages.Account;

/// <summary>Password sign-in against the configured users; a link to the OpenID Connect provider when there is one.</summary>
[EnableRateLimiting(DashboardSetup.SignInRateLimit)]
public sealed class LoginModel(UserDirectory users, IOptions<DashboardOptions> options, ILogger<LoginModel> logger) : PageModel
{
    public string ReturnUrl { get; private set; } = "/";
    public string Name { get; private set; } = "";
    public bool Failed { get; private set; }
    public bool OpenIdConnect => options.Value.OpenIdConnect.IsConfigured;

    public void OnGet(string? returnUrl) => ReturnUrl = LocalOrHome(returnUrl);

    public async Task<IActionResult> OnPostAsync(string name, string password, string? returnUrl)
    {
        ReturnUrl = LocalOrHome(returnUrl);
        Name = name;
        var user = users.Verify(name ?? "", password ?? "");
        if (user is null)
        {
            // The name is logged to trace guessing; the password never is.
            logger.LogWarning("Sign-in failed for {User} from {Address}", name, HttpContext.Connection.RemoteIpAddress);
            Failed = true;
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, DashboardAuthentication.Principal(user)).ConfigureAwait(false);
        logger.LogInformation("{User} signed in as {Role}", user.Name, user.Role);
        return LocalRedirect(ReturnUrl);
    }

    /// <summary>Starts sign-in at the OpenID Connect provider.</summary>
    public IActionResult OnGetExternal(string? returnUrl) => OpenIdConnect
        ? Challenge(new AuthenticationProperties { RedirectUri = LocalOrHome(returnUrl) }, OpenIdConnectDefaults.AuthenticationScheme)
        : NotFound();

    // Only local paths: a sign-in link must not send the user to another site afterwards.
    private string LocalOrHome(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : "/";
}
