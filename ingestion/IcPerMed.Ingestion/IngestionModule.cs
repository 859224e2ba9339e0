using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IcPerMed.Ingestion;

/// <summary>The ingestion module in a host: the place where the sources register themselves (options, schedule, sample).</summary>
public static class IngestionModule
{
    /// <summary>Registers what harvests need from the host; today only the clock, which a test may have registered first.</summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder;
    }
}
