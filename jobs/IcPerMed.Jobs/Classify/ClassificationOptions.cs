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

    /// <summary>The thin-text rule of <see cref="MinimumWords"/>.</summary>
    public ThinTextRule ThinText => new(MinimumWords);

    /// <summary>The model folder <paramref name="option"/> (<c>--models</c>) names, else <see cref="ModelsDirectory"/>.</summary>
    public ModelRepository Models(string? option = null) =>
        new(!string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(ModelsDirectory) ? ModelsDirectory : ModelRepository.DefaultRoot);
}
