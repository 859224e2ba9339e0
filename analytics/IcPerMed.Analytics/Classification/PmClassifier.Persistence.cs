using IcPerMed.Analytics.Classification.Features;
using IcPerMed.Analytics.Classification.Training;
using Microsoft.ML;

namespace IcPerMed.Analytics.Classification;

public sealed partial class PmClassifier
{
    public const string ModelFile = "model.zip";
    public const string MetadataFile = "metadata.json";
    public const string FeaturesFile = "features.tsv";
    public const string PmTwinModelFile = "pm-nbsvm.zip";
    public const string PmTwinRatiosFile = "pm-nbsvm-ratios.tsv";
    private const string RatiosHeader = "# icpermed NB-SVM log-count ratios v1: one per feature, in feature-index order";

    /// <summary>
    /// Writes <see cref="ModelFile"/> (ML.NET: every label's calibrated model in one chain), <see cref="FeaturesFile"/>
    /// (the vocabulary and idf the models' inputs are built with), the pm model's NB-SVM twin (<see cref="PmTwinModelFile"/>,
    /// <see cref="PmTwinRatiosFile"/>) and <see cref="MetadataFile"/> into <paramref name="directory"/>, creating it.
    /// Files already there are replaced.
    /// </summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        context.Model.Save(scorer, FeatureRows.InputSchema(context, space.Dimension), Path.Combine(directory, ModelFile));
        if (pmTwin?.Member is { } twin)
        {
            context.Model.Save(twin.Model, FeatureRows.InputSchema(context, space.Dimension), Path.Combine(directory, PmTwinModelFile));
            File.WriteAllLines(Path.Combine(directory, PmTwinRatiosFile),
                [RatiosHeader, .. twin.Ratios.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture))]);
        }
        space.Save(Path.Combine(directory, FeaturesFile));
        File.WriteAllText(Path.Combine(directory, MetadataFile), Metadata.ToJson() + "\n");
    }

    /// <summary>Reads a model that <see cref="Save"/> wrote.</summary>
    /// <exception cref="FileNotFoundException">A file is missing.</exception>
    /// <exception cref="InvalidDataException">A file is not what it should be (the message names it).</exception>
    public static PmClassifier Load(string directory)
    {
        var metadataPath = Path.Combine(directory, MetadataFile);
        ModelMetadata metadata;
        try
        {
            metadata = ModelMetadata.FromJson(File.ReadAllText(metadataPath));
        }
        catch (System.Text.Json.JsonException error)
        {
            throw new InvalidDataException($"{metadataPath}: not a model's metadata: {error.Message}", error);
        }
        if (metadata.LabelSchemeVersion != LabelScheme.Version)
            throw new InvalidDataException($"{metadataPath}: label scheme {metadata.LabelSchemeVersion}, this build reads {LabelScheme.Version}");
        var space = FeatureSpace.Load(Path.Combine(directory, FeaturesFile), metadata.Configuration.Features);
        var context = new MLContext(metadata.Seed);
        var scorer = context.Model.Load(Path.Combine(directory, ModelFile), out _);
        return new PmClassifier(metadata, space, scorer, LoadTwin(directory, context, space.Dimension));
    }

    /// <summary>The NB-SVM twin, or null for a model saved before it existed (its pm model decides alone, nothing to order review by).</summary>
    private static NbSvmMember? LoadTwin(string directory, MLContext context, int dimension)
    {
        var modelPath = Path.Combine(directory, PmTwinModelFile);
        var ratiosPath = Path.Combine(directory, PmTwinRatiosFile);
        if (!File.Exists(modelPath) && !File.Exists(ratiosPath))
            return null;
        var lines = File.ReadAllLines(ratiosPath);
        if (lines.Length == 0 || lines[0] != RatiosHeader)
            throw new InvalidDataException($"{ratiosPath}:1: expected the header \"{RatiosHeader}\"");
        if (lines.Length - 1 != dimension)
            throw new InvalidDataException($"{ratiosPath}: {lines.Length - 1} ratios, but the feature space has {dimension} features");
        var ratios = new float[dimension];
        for (var i = 0; i < dimension; i++)
        {
            if (!float.TryParse(lines[i + 1], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out ratios[i]))
                throw new InvalidDataException($"{ratiosPath}:{i + 2}: not a number: \"{lines[i + 1]}\"");
        }
        return new NbSvmMember(ratios, context.Model.Load(modelPath, out _));
    }
}
