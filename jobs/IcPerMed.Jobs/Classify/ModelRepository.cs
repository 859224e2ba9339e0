using IcPerMed.Analytics.Classification;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// Where trained models live: one folder per version (<c>model.zip</c>, <c>features.tsv</c>, <c>metadata.json</c>,
/// <c>cross-validation.txt</c>) under a root (default <c>data/models</c>; hosts take it from
/// <see cref="ClassificationOptions.Models"/>), and a file <c>current</c> naming the version classify uses.
/// </summary>
public sealed class ModelRepository(string root)
{
    public const string DefaultRoot = "data/models";

    /// <summary>The older environment variable of the root, an alias of Classification:ModelsDirectory.</summary>
    public const string EnvironmentVariable = "ICPERMED_MODELS";

    public string Root { get; } = Path.GetFullPath(root);

    public string DirectoryOf(string version) => Path.Combine(Root, version);

    /// <summary>Saves the model and its cross-validation report, and makes it the current one.</summary>
    public string Save(PmClassifier classifier)
    {
        var directory = DirectoryOf(classifier.Version);
        classifier.Save(directory);
        File.WriteAllText(Path.Combine(directory, "cross-validation.txt"),
            classifier.Metadata.CrossValidation.ToTable() + "\n\nWithout source signals:\n" +
            classifier.Metadata.CrossValidationWithoutSignals.ToTable() + "\n");
        File.WriteAllText(Path.Combine(Root, "current"), classifier.Version + "\n");
        return directory;
    }

    /// <summary>
    /// The current model's metadata alone (what it was trained on, its figures), or null when there is none or it cannot
    /// be read: <c>train</c> compares with it and replaces the model either way.
    /// </summary>
    public ModelMetadata? CurrentMetadata()
    {
        var pointer = Path.Combine(Root, "current");
        if (!File.Exists(pointer))
            return null;
        var path = Path.Combine(DirectoryOf(File.ReadAllText(pointer).Trim()), PmClassifier.MetadataFile);
        try
        {
            return File.Exists(path) ? ModelMetadata.FromJson(File.ReadAllText(path)) : null;
        }
        catch (Exception error) when (error is System.Text.Json.JsonException or InvalidDataException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The current model, or null when none was trained yet.</summary>
    public PmClassifier? LoadCurrent()
    {
        var pointer = Path.Combine(Root, "current");
        if (!File.Exists(pointer))
            return null;
        var version = File.ReadAllText(pointer).Trim();
        return PmClassifier.Load(DirectoryOf(version));
    }
}
