using IcPerMed.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IcPerMed.Ingestion;

/// <summary>The ingestion module in a host: the place where the sources register themselves (options, schedule, sample).</summary>
public static class IngestionModule
{
    /// <summary>
    /// Registers what harvests need from the host: the clock (unless a test registered one first), the source
    /// registry, every built-in source plus <paramref name="extra"/> (see <see cref="SourceRegistry"/>), and binds
    /// <see cref="IngestionOptions"/> (section <c>Ingestion</c>).
    /// </summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder, params IEnumerable<SourceRegistration> extra)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddIngestion(extra);
        builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section);
        return builder;
    }
}
