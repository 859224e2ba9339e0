using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// The HttpClient every connector downloads through: Microsoft.Extensions.Http.Resilience's standard pipeline
/// (retries with jittered back-off on 5xx, 408, 429 and timeouts; circuit breaker), with timeouts long enough for a
/// bulk file of several hundred MB.
/// </summary>
public static class SourceHttpClient
{
    public const string Name = "sources";

    /// <summary>How we introduce ourselves to every source.</summary>
    public const string UserAgent = "IcPerMed.Analytics/1.0 (+ICPerMed secretariat)";

    /// <summary>Registers the named client on <paramref name="services"/>.</summary>
    public static IServiceCollection AddSourceHttpClient(this IServiceCollection services)
    {
        services.AddHttpClient(Name, client => client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent))
            .AddStandardResilienceHandler(options =>
            {
                options.AttemptTimeout.Timeout = TimeSpan.FromMinutes(10);
                options.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(20);
                options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(30);
                options.Retry.MaxRetryAttempts = 3;
            });
        return services;
    }

    /// <summary>A ready client for command-line use.</summary>
    public static HttpClient Create()
    {
        var provider = new ServiceCollection().AddSourceHttpClient().BuildServiceProvider();
        return provider.GetRequiredService<IHttpClientFactory>().CreateClient(Name);
    }
}
