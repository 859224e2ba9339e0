using IcPerMed.Analytics.Classification;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// How classify, train and their jobs work: configuration section <c>Classification</c> of icpermed.settings.json, or
/// <c>ICPERMED_Classification__MinimumWords</c> and so on; bound and checked by <see cref="JobsModule.AddJobs"/>
/// (<see cref="ClassificationOptionsValidation"/>).
/// </summary>
public sealed class ClassificationOptions
{
    public const string Section = "Classification";

    /// <summary>Words of title and abstract below which the classifier abstains (<see cref="ThinTextRule"/>); 0 or more.</summary>
    public int MinimumWords { get; set; } = ThinTextRule.DefaultMinimumWords;

    /// <summary>
    /// The folder of model versions (<see cref="ModelRepository"/>): <c>ICPERMED_Classification__ModelsDirectory</c>,
    /// or the older <c>ICPERMED_MODELS</c>; <c>--models</c> wins over both.
    /// </summary>
    public string ModelsDirectory { get; set; } = ModelRepository.DefaultRoot;

    /// <summary>
    /// The labels CSV (source,source_id,pm,c1..c5) that <c>classify</c> trains a first model on, <c>retrain</c> compares
    /// the current model with and trains on, and <c>train</c> reads without <c>--labels</c>:
    /// <c>ICPERMED_Classification__LabelsFile</c>. Unset: the labels bundled beside the program (data/labels/train.csv).
    /// For a secretariat that keeps its curated labels outside the release.
    /// </summary>
    public string? LabelsFile { get; set; }

    /// <summary>The thin-text rule of <see cref="MinimumWords"/>.</summary>
    public ThinTextRule ThinText => new(MinimumWords);

    /// <summary>The model folder <paramref name="option"/> (<c>--models</c>) names, else <see cref="ModelsDirectory"/>.</summary>
    public ModelRepository Models(string? option = null) =>
        new(!string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(ModelsDirectory) ? ModelsDirectory : ModelRepository.DefaultRoot);
}
