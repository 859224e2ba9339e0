namespace IcPerMed.Embeddings;

/// <summary>
/// The folder of model versions whose embeddings/ subfolder holds the store, resolved as icpermed resolves it (without
/// reading icpermed.settings.json: this program has no host): <c>--models</c>, else the environment variable
/// <see cref="SettingVariable"/>, else the older <see cref="EnvironmentVariable"/>, else <see cref="DefaultRoot"/>.
/// </summary>
public static class ModelsFolder
{
    public const string DefaultRoot = "data/models";

    public const string SettingVariable = "ICPERMED_Classification__ModelsDirectory";

    public const string EnvironmentVariable = "ICPERMED_MODELS";

    public static string Resolve(string? option) =>
        Path.GetFullPath(new[] { option, Environment.GetEnvironmentVariable(SettingVariable), Environment.GetEnvironmentVariable(EnvironmentVariable) }
            .FirstOrDefault(path => !string.IsNullOrWhiteSpace(path)) ?? DefaultRoot);

    /// <summary>Where the embedding store of <paramref name="option"/>'s model folder is.</summary>
    public static string Embeddings(string? option) => Path.Combine(Resolve(option), "embeddings");
}
