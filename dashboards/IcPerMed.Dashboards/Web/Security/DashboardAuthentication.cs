using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// Cookie sign-in (password users, or an OpenID Connect provider when configured), the role policies, and API
/// answers of 401/403 instead of redirects to the sign-in page. Sessions live on the server (<see cref="SessionStore"/>) and
/// each request is checked against the users file (<see cref="SessionValidation"/>), so access ends when it is taken away.
/// </summary>
public static class DashboardAuthentication
{
    public static IServiceCollection AddDashboardSecurity(this IServiceCollection services, DashboardOptions options)
    {
        var authentication = services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/account/logout";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = "icpermed.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.Events.OnRedirectToLogin = context => AnswerApiOr(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOr(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            });
        services.AddSingleton<SessionStore>();
        services.AddOptions<CookieAuthenticationOptions>(CookieAuthenticationDefaults.AuthenticationScheme)
            .Configure<SessionStore>((cookie, sessions) => cookie.SessionStore = sessions);
        if (options.OpenIdConnect.IsConfigured) AddOpenIdConnect(authentication, options.OpenIdConnect);
        services.AddAuthorization(authorization =>
        {
            foreach (var policy in new[] { DashboardRoles.CanView, DashboardRoles.CanCorrect, DashboardRoles.CanAdminister })
                authorization.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(DashboardRoles.RolesFor(policy)));
            authorization.FallbackPolicy = authorization.GetPolicy(DashboardRoles.CanView);
        });
        services.AddSingleton<UserDirectory>();
        return services;
    }

    /// <summary>The claims of a signed-in password user, with the security stamp each request is checked against.</summary>
    public static ClaimsPrincipal Principal(DashboardUserOptions user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role),
         new Claim(SessionValidation.SecurityStampClaim, UserDirectory.SecurityStampOf(user))],
        CookieAuthenticationDefaults.AuthenticationScheme, ClaimTypes.Name, ClaimTypes.Role));

    // Browsers go to the sign-in page; API clients get the status code, which they can act on.
    private static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/charts"))
            context.Response.StatusCode = status;
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    private static void AddOpenIdConnect(AuthenticationBuilder authentication, OpenIdConnectSettings settings) =>
        authentication.AddOpenIdConnect(oidc =>
        {
            oidc.Authority = settings.Authority;
            oidc.ClientId = settings.ClientId;
            oidc.ClientSecret = settings.ClientSecret;
            oidc.RequireHttpsMetadata = settings.RequireHttpsMetadata;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.SaveTokens = false;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.Scope.Add("profile");
            oidc.TokenValidationParameters.NameClaimType = "name";
            oidc.TokenValidationParameters.RoleClaimType = settings.RoleClaim;
            oidc.MapInboundClaims = false;
        });
}
