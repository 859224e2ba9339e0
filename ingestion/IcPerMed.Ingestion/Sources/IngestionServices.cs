using Microsoft.Extensions.DependencyInjection;

namespace IcPerMed.Ingestion.Sources;

/// <summary>Registers ingestion with a host: the <see cref="SourceRegistry"/> of the built-in sources and any added.</summary>
public static class IngestionServices
{
    /// <summary>
    /// Adds <see cref="SourceRegistry"/> (the built-in sources, once however often this is called) and
    /// <paramref name="sources"/> to it. Every <see cref="SourceRegistration"/> in the container joins the registry.
    /// </summary>
    public static IServiceCollection AddIngestion(this IServiceCollection services, params IEnumerable<SourceRegistration> sources)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (!services.Any(d => d.ServiceType == typeof(SourceRegistry)))
        {
            foreach (var builtIn in SourceRegistry.BuiltIn.All)
                services.AddSingleton(builtIn);
            services.AddSingleton(sp => new SourceRegistry(sp.GetServices<SourceRegistration>()));
        }
        foreach (var source in sources)
            services.AddSingleton(source);
        return services;
    }
}
