using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary><c>classify</c>: every warehouse project with the current model, as <c>icpermed classify --all</c>.</summary>
public sealed class ClassifyJob(JobSettings settings, IOptions<ClassificationOptions> options, TimeProvider time, ILoggerFactory logging)
    : IScheduledJob
{
    public const string JobName = "classify";

    public string Name => JobName;

    public string Description => "Classify every project in the warehouse with the current model (trains one first when there is none).";

    public async Task RunAsync(IProgress<string> progress, CancellationToken cancellationToken)
    {
        var workflow = new ClassifierWorkflow(logging.CreateLogger("classify"), time) { ThinText = options.Value.ThinText, Labels = options.Value.LabelsFile };
        var repository = options.Value.Models();
        var (classifier, trained) = await workflow.CurrentOrTrainAsync(repository, null, cancellationToken).ConfigureAwait(false);
        if (trained)
            progress.Report($"no model was in {repository.Root}: trained {classifier.Version} from {workflow.LabelsDescription}");
        await using var warehouse = await settings.OpenWarehouseAsync(time, cancellationToken).ConfigureAwait(false);
        var summary = await workflow.ClassifyWarehouseAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false);
        progress.Report($"model {classifier.Version}: {summary.Describe()}");
    }
}
