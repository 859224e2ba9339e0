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
