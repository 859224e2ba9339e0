using IcPerMed.Analytics.Classification.Features;
using IcPerMed.Analytics.Classification.Training;
using Microsoft.ML;

namespace IcPerMed.Analytics.Classification;

public sealed partial class PmClassifier
{
    public const string ModelFile = "model.zip";
    public const string MetadataFile = "metadata.json";
    public const string FeaturesFile = "features.tsv";

    /// <summary>
    /// Writes <see cref="ModelFile"/> (ML.NET: every label's calibrated model in one chain), <see cref="FeaturesFile"/>
    /// (the vocabulary and idf the models' inputs are built with) and <see cref="MetadataFile"/> into
    /// <paramref name="directory"/>, creating it. Files already there are replaced.
    /// </summary>
    public void Save(string directory)
    {
        Directory.CreateDirectory(directory);
        context.Model.Save(scorer, FeatureRows.InputSchema(context, space.Dimension), Path.Combine(directory, ModelFile));
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
        return new PmClassifier(metadata, space, scorer);
    }
}
