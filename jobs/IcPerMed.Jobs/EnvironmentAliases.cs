using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Ingestion;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Configuration;

namespace IcPerMed.Jobs;

/// <summary>
/// Environment variables older than the settings sections, documented everywhere and kept working: each sets one
/// settings key. The one place besides the configuration's own providers where the product reads the environment for
/// settings (see the architecture test EnvironmentReadTests).
/// </summary>
public static class EnvironmentAliases
{
    /// <summary>Variable -> the settings key it sets.</summary>
    public static IReadOnlyDictionary<string, string> Keys { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [WarehouseLocation.EnvironmentVariable] = $"{WarehouseOptions.Section}:{nameof(WarehouseOptions.Location)}",
        ["ICPERMED_DUCKDB_MEMORY_LIMIT"] = $"{WarehouseOptions.Section}:{nameof(WarehouseOptions.DuckDbMemoryLimit)}",
        ["ICPERMED_STATE_DIR"] = $"{IngestionOptions.Section}:{nameof(IngestionOptions.StateDirectory)}",
        [ModelRepository.EnvironmentVariable] = $"{ClassificationOptions.Section}:{nameof(ClassificationOptions.ModelsDirectory)}",
    };

    /// <summary>
    /// The keys of the aliases that are set, as one source: added below the <c>ICPERMED_Section__Key</c> variables, so
    /// those win. Only set ones are added: an empty entry would hide the settings file's value.
    /// </summary>
    public static IConfigurationBuilder AddEnvironmentAliases(this IConfigurationBuilder configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var set = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (variable, key) in Keys)
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value)
                set[key] = value;
        return configuration.AddInMemoryCollection(set);
    }
}
