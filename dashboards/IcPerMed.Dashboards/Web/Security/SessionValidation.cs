using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// Every request of a password user is checked against the users file as it is now: a user removed, or saved again
/// with a new password or role (a new security stamp), is signed out at once; a role edited in the file under the same
/// stamp applies from the next request. OpenID Connect users carry no stamp: their provider decided at sign-in, and
/// their session ends when they sign out or after 8 hours without a request.
/// </summary>
public static partial class SessionValidation
{
    /// <summary>The claim that carries the user's security stamp at sign-in.</summary>
    public const string SecurityStampClaim = "icpermed:security-stamp";

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        if (principal?.FindFirst(SecurityStampClaim)?.Value is not { } stamp || principal.Identity?.Name is not { } name)
            return;
        var services = context.HttpContext.RequestServices;
        var user = services.GetRequiredService<UserDirectory>().Find(name);
        if (user is null || !string.Equals(UserDirectory.SecurityStampOf(user), stamp, StringComparison.Ordinal))
        {
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionValidation));
            LogEnded(logger, name, user is null ? "the user was removed" : "the password or role changed");
            context.RejectPrincipal();
            // Removes the session from the store and the cookie from the browser.
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
            return;
        }
        if (principal.FindFirst(ClaimTypes.Role)?.Value != user.Role)
        {
            context.ReplacePrincipal(DashboardAuthentication.Principal(user));
            context.ShouldRenew = true;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session of {User} ended: {Reason}")]
    private static partial void LogEnded(ILogger logger, string user, string reason);
}
