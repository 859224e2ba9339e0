using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Languages;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Classify;

/// <summary>The steps train, classify and demo share: find the training data, train, register, classify the warehouse.</summary>
public sealed class ClassifierWorkflow(ILogger logger, TimeProvider time)
{
    /// <summary>The bundled labels, copied beside the program (data/labels/train.csv in the repository).</summary>
    public static string BundledLabels => Path.Combine(AppContext.BaseDirectory, "labels", "train.csv");

    /// <summary>The bundled texts, copied beside the program (data/abstracts/*.jsonl.gz in the repository).</summary>
    public static IReadOnlyList<string> BundledTexts =>
        [.. Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "abstracts"), "*.jsonl.gz").Order(StringComparer.Ordinal)];

    /// <summary>
    /// The labels file trained on when a call names none (<see cref="ClassificationOptions.LabelsFile"/>); null for the
    /// bundled labels.
    /// </summary>
    public string? Labels { get; init; }

    /// <summary>What the default labels are, in words for a message: "the bundled labels" or "the labels in FILE".</summary>
    public string LabelsDescription => DescribeLabels(Labels);

    /// <summary>A labels file in words: "the bundled labels" for null, else "the labels in FILE".</summary>
    public static string DescribeLabels(string? labels) => labels is null ? "the bundled labels" : $"the labels in {labels}";

    /// <summary>Loads labels and texts, adds the warehouse's analyst overrides (they replace a label row of the same project).</summary>
    public async Task<TrainingSet> LoadTrainingSetAsync(string? labels, IReadOnlyList<string>? texts, Warehouse? overrides,
        CancellationToken cancellationToken)
    {
        var set = await TrainingSet.LoadAsync(labels ?? Labels ?? BundledLabels, texts is { Count: > 0 } ? texts : BundledTexts, cancellationToken).ConfigureAwait(false);
        foreach (var unjoined in set.Unjoined.Take(20))
            logger.LogWarning("Label row without a text, not trained on: {Unjoined}", unjoined);
        if (overrides is not null)
        {
            var corrected = await overrides.GetOverriddenProjectsAsync(cancellationToken).ConfigureAwait(false);
            if (corrected.Count > 0)
            {
                logger.LogInformation("Adding {Count} analyst overrides to the training set", corrected.Count);
                set = set.Add(corrected);
            }
        }
        logger.LogInformation("Training set: {Rows} labelled projects, hash {Hash}", set.Count, set.Hash);
        return set;
    }

    /// <summary>
    /// The repository's current model; when there is none, one trained from the default labels (plus the analyst
    /// overrides of <paramref name="overrides"/>, when given) and saved as current. <c>Trained</c> says which.
    /// </summary>
    public async Task<(PmClassifier Classifier, bool Trained)> CurrentOrTrainAsync(ModelRepository repository, Warehouse? overrides,
        CancellationToken cancellationToken)
    {
        if (repository.LoadCurrent() is { } current)
            return (current, false);
        logger.LogInformation("No trained model in {Models}: training one from {Labels}", repository.Root, LabelsDescription);
        var set = await LoadTrainingSetAsync(null, null, overrides, cancellationToken).ConfigureAwait(false);
        var classifier = Train(set, TrainingSteps, cancellationToken);
        repository.Save(classifier);
        return (classifier, true);
    }

    /// <summary>
    /// The current model when it was trained on exactly the bundled labels and texts plus <paramref name="warehouse"/>'s
    /// analyst overrides (same training-data hash); otherwise one trained on them now and saved as current. The demo
    /// uses it so that a labels update (a new bundle copied in) is never classified with a model that predates it.
    /// <c>Replaced</c> names the model that was current and trained on other data, if any.
    /// </summary>
    public async Task<(PmClassifier Classifier, bool Trained, string? Replaced)> CurrentForBundledLabelsAsync(ModelRepository repository,
        Warehouse warehouse, CancellationToken cancellationToken)
    {
        var set = await LoadTrainingSetAsync(null, null, warehouse, cancellationToken).ConfigureAwait(false);
        var current = repository.LoadCurrent();
        if (current is not null && current.Metadata.TrainingDataHash == set.Hash)
            return (current, false, null);
        if (current is not null)
            logger.LogInformation("Model {Version} was trained on other data (hash {Old}, the bundled labels now hash {New}): training a new one",
                current.Version, current.Metadata.TrainingDataHash, set.Hash);
        var classifier = Train(set, TrainingSteps, cancellationToken);
        repository.Save(classifier);
        return (classifier, true, current?.Version);
    }

    public PmClassifier Train(TrainingSet set, IProgress<string>? progress, CancellationToken cancellationToken) =>
        new ClassifierTrainer(time, progress).Train(set, cancellationToken);

    public static Task RegisterAsync(Warehouse warehouse, PmClassifier classifier, CancellationToken cancellationToken)
    {
        var metadata = classifier.Metadata;
        return warehouse.RegisterModelAsync(new ModelRegistration(metadata.Version, metadata.Created, metadata.TrainingDataHash,
            metadata.LabelSchemeVersion, metadata.ToJson()), cancellationToken);
    }

    /// <summary>
    /// The thin-text rule classification applies: hosts give <see cref="ClassificationOptions.ThinText"/>
    /// (Classification:MinimumWords); the default minimum otherwise.
    /// </summary>
    public ThinTextRule ThinText { get; init; } = new();

    /// <summary>Where the steps of a training this workflow starts itself are reported (a terminal's bar), if anywhere.</summary>
    public IProgress<string>? TrainingSteps { get; init; }

    /// <summary>Where <see cref="ClassifyWarehouseAsync"/> reports the projects classified so far (a terminal's bar), besides its log lines.</summary>
    public IProgress<long>? Classified { get; init; }

    /// <summary>
    /// Classifies every stored project with <paramref name="classifier"/>, replacing its earlier predictions: the model
    /// scores every text, the detector reads the language of those long enough to be decided by it, and
    /// <see cref="DecisionRule"/> decides where the text is too thin (<see cref="ThinText"/>) or in a language the model
    /// was not trained on to carry the model's decision.
    /// </summary>
    public async Task<ClassificationSummary> ClassifyWarehouseAsync(Warehouse warehouse, PmClassifier classifier,
        CancellationToken cancellationToken)
    {
        await RegisterAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false);
        long withoutText = 0, pm = 0, sourceSignal = 0;
        var insufficient = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var foreign = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var thresholds = LabelScheme.Labels.Select(label => classifier.Metadata.Thresholds[label]).ToList();
        var rule = new DecisionRule(ThinText, new LanguageRule(), classifier.Metadata.SupportedLanguages);
        var detector = new ProjectLanguageDetector();
        await using var writer = await warehouse.BeginPredictionsAsync(classifier.Version, cancellationToken).ConfigureAwait(false);
        await foreach (var batch in warehouse.ReadProjectTextsAsync(2_000, cancellationToken).ConfigureAwait(false))
        {
            var texts = batch.Where(HasText).ToList();
            withoutText += batch.Count - texts.Count;
            var predictions = rule.Decide(texts, detector.Detect(texts, rule.NeedsLanguage), classifier.Predict(texts), thresholds);
            foreach (var prediction in predictions)
            {
                pm += prediction.Decisions[0] ? 1 : 0;
                sourceSignal += prediction.DecidedBy == ClassificationDecision.SourceSignal ? 1 : 0;
                if (prediction.DecidedBy == ClassificationDecision.InsufficientText)
                    insufficient[prediction.Source] = insufficient.GetValueOrDefault(prediction.Source) + 1;
                if (prediction.DecidedBy == ClassificationDecision.LanguageNotSupported)
                    foreign[prediction.Source] = foreign.GetValueOrDefault(prediction.Source) + 1;
            }
            await writer.AddAsync(predictions, cancellationToken).ConfigureAwait(false);
            logger.LogInformation("Classified {Count} projects so far", writer.Written);
            Classified?.Report(writer.Written);
        }
        await writer.CommitAsync(cancellationToken).ConfigureAwait(false);
        if (withoutText > 0)
            logger.LogWarning("{Count} projects have neither title nor abstract and were not classified", withoutText);
        return new ClassificationSummary(writer.Written, withoutText, pm, sourceSignal, insufficient, ThinText.MinimumWords)
        {
            LanguageNotSupportedBySource = foreign,
            ModelLanguages = classifier.Metadata.SupportedLanguages,
        };
    }

    public static bool HasText(ProjectText text) => !string.IsNullOrWhiteSpace(text.Title) || !string.IsNullOrWhiteSpace(text.Abstract);
}
