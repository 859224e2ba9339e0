using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>
/// <c>retrain</c>: trains a new model only when analyst corrections changed the training data since the current model.
/// The training-data hash says so exactly (labels, texts and overrides), where override timestamps would not see a
/// correction that was reverted.
/// </summary>
public sealed class RetrainJob(JobSettings settings, IOptions<ClassificationOptions> options, TimeProvider time, ILoggerFactory logging)
    : IScheduledJob
{
    public string Name => "retrain";

    public string Description => "Retrain the classifier when the labels (bundled, or Classification:LabelsFile) or the analyst corrections differ from what the current model was trained on; otherwise nothing to do.";

    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var corrections = await warehouse.GetOverriddenProjectsAsync(cancellationToken).ConfigureAwait(false);
        var repository = options.Value.Models();
        var current = repository.LoadCurrent();
        var workflow = new ClassifierWorkflow(logging.CreateLogger("retrain"), time) { Labels = options.Value.LabelsFile };
        // The training data is the labels (bundled, or the configured file) plus the corrections: either may have changed since the current model
        // (a new labels bundle copied in, or an analyst's label), and the hash says whether one did.
        var set = await workflow.LoadTrainingSetAsync(null, null, warehouse, cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Metadata.TrainingDataHash == set.Hash)
        {
            progress.Report(corrections.Count == 0
                ? $"model {current.Version} is trained on {workflow.LabelsDescription} and there are no analyst corrections: nothing to do"
                : $"model {current.Version} already includes the {corrections.Count:N0} corrections: nothing to do");
            return;
        }
        progress.Report($"training on {set.Count:N0} labelled projects ({corrections.Count:N0} analyst corrections)");
        var classifier = workflow.Train(set, progress, cancellationToken);
        repository.Save(classifier);
        await ClassifierWorkflow.RegisterAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false);
        progress.Report($"model {classifier.Version} saved in {repository.Root} and registered");
    }
}
