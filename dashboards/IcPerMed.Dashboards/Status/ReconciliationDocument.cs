using System.Text.Json.Nodes;
using IcPerMed.Analytics.Reconciliation;

namespace IcPerMed.Dashboards.Status;

/// <summary>
/// The machine-readable reconciliation (<c>icpermed reconcile --format json</c>, <c>/api/sources/reconciliation</c>):
/// per run, each line's read, stored and quarantined counts and money in the original currency, its difference and
/// whether it reconciles, and the quarantine by field.
/// </summary>
public static class ReconciliationDocument
{
    public static JsonObject Build(IReadOnlyList<RunReconciliation> runs) => new()
    {
        ["reconciles"] = runs.All(r => r.Reconciles),
        ["runs"] = new JsonArray([.. runs.Select(Run)]),
    };

    private static JsonObject Run(RunReconciliation run) => new()
    {
        ["run"] = run.RunId,
        ["source"] = run.Source,
        ["origin"] = run.Origin,
        ["started_at"] = run.StartedAt,
        ["recorded"] = run.Recorded,
        ["reconciles"] = run.Reconciles,
        ["lines"] = new JsonArray([.. run.Lines.Select(Line)]),
        ["quarantine"] = new JsonArray([.. run.Quarantine.Select(q => (JsonNode)new JsonObject
        {
            ["field"] = q.Field,
            ["records"] = q.Records,
            ["example_reason"] = q.ExampleReason,
        })]),
    };

    private static JsonObject Line(ReconciliationLine line) => new()
    {
        ["item"] = line.Item,
        ["detail"] = line.Detail,
        ["read"] = line.Read,
        ["stored"] = line.Stored,
        ["quarantined"] = line.Quarantined,
        ["read_amount"] = line.ReadAmount,
        ["stored_amount"] = line.StoredAmount,
        ["quarantined_amount"] = line.QuarantinedAmount,
        ["count_difference"] = line.CountDifference,
        ["amount_difference"] = line.AmountDifference,
        ["reconciles"] = line.Reconciles,
    };
}
