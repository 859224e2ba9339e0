using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace IcPerMed.Dashboards.Web.Security;

/// <summary>
/// Headers on every answer: a content security policy that allows nothing but this site (no inline script, no
/// framing), no MIME sniffing, no referrer leaks, no browser features the dashboard does not use. An endpoint that
/// cannot live with the policy (a third-party dashboard) declares its own with <see cref="WithContentSecurityPolicy"/>,
/// where it is mapped, saying why.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /// <summary>Answers of these endpoints carry <paramref name="policy"/> instead of <see cref="ContentSecurityPolicy"/>.</summary>
    public static TBuilder WithContentSecurityPolicy<TBuilder>(this TBuilder endpoints, string policy) where TBuilder : IEndpointConventionBuilder =>
        endpoints.WithMetadata(new OwnContentSecurityPolicy(policy));

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.GetEndpoint()?.Metadata.GetMetadata<OwnContentSecurityPolicy>()?.Policy ?? ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (!headers.ContainsKey("Cache-Control")) headers.CacheControl = "no-store";
            return Task.CompletedTask;
        });
        await next(context).ConfigureAwait(false);
    });

    private sealed record OwnContentSecurityPolicy(string Policy);
}
