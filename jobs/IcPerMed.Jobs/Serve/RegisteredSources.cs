using IcPerMed.Dashboards.Status;
using IcPerMed.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Jobs.Serve;

/// <summary>Hands ingestion's source registry to the dashboards (which do not know ingestion) as a <see cref="SourceCatalogue"/>.</summary>
public static class RegisteredSources
{
    /// <summary>The name and description of every source of <paramref name="sources"/>.</summary>
    public static SourceCatalogue Catalogue(SourceRegistry sources) =>
        new(sources.All.Select(source => new RegisteredSource(source.Name, source.Description)));

    /// <summary>The dashboard's <see cref="SourceCatalogue"/> from the host's <see cref="SourceRegistry"/>.</summary>
    public static IServiceCollection AddRegisteredSources(this IServiceCollection services)
    {
        services.AddIngestion();
        services.AddSingleton(sp => Catalogue(sp.GetRequiredService<SourceRegistry>()));
        return services;
    }
}
