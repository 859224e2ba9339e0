using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Measurement;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Dashboards.Web;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Pages;

/// <summary>The current model's honest evaluation (issue 18, when <c>icpermed evaluate</c> ran on its training data), its optimistic cross-validated metrics per label, its languages, its decisions per source (PM, insufficient text, language not supported) and the review queue.</summary>
public sealed class ModelModel(WarehouseAccess access, IOptions<DashboardOptions> options) : PageModel
{
    public const int QueueLength = 50;
    public ModelMetadata? Metadata { get; private set; }
    public string? Problem { get; private set; }
    public IReadOnlyList<ReviewItem> Queue { get; private set; } = [];
    public IReadOnlyList<DecisionCount> Decisions { get; private set; } = [];
    public HonestEvaluation? Evaluation { get; private set; }
    public string? EvaluationProblem { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        var model = await CurrentModel.ReadAsync(warehouse, cancellationToken).ConfigureAwait(false);
        (Metadata, Problem) = (model.Metadata, model.Problem);
        Decisions = await warehouse.GetDecisionCountsAsync(cancellationToken).ConfigureAwait(false);
        if (model.Metadata is { } metadata)
        {
            try
            {
                Evaluation = HonestEvaluation.Load(options.Value.ResolvedModels, metadata.TrainingDataHash);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                EvaluationProblem = e.Message;
            }
        }
        if (model.Thresholds is { } thresholds)
            Queue = await warehouse.GetReviewQueueAsync(thresholds, QueueLength, cancellationToken).ConfigureAwait(false);
    }
}
