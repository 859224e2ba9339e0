using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed show SOURCE ID</c>: one project as stored: its record and provenance, and its classification with who
/// decided it, the model's probability against each threshold, and the terms that pushed each decision.
/// </summary>
public static class ShowCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The project's source, e.g. cordis." };
        var id = new Argument<string>("id") { Description = "The project's id in that source." };
        var command = new Command("show", "Show one project: record, provenance, money, classification and why.") { source, id };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var (from, key) = (parseResult.GetValue(source)!, parseResult.GetValue(id)!);
            var project = await warehouse.GetProjectAsync(from, key, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"the warehouse holds no project {from} {key}");
            var classification = await warehouse.GetClassificationAsync(from, key, cancellationToken).ConfigureAwait(false);
            var metadata = await warehouse.GetCurrentModelMetadataAsync(cancellationToken).ConfigureAwait(false);
            var thresholds = metadata is null ? null : ModelMetadata.FromJson(metadata).Thresholds;
            var console = CliConsole.ForOutput();
            var record = new Table().HideHeaders().AddColumns("field", "value").Title(Markup.Escape($"{project.Source} {project.SourceId} {project.Acronym}"));
            void Row(string name, object? value) => record.AddRow(name, Markup.Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "-"));
            Row("title", project.Title);
            Row("start / end", $"{project.StartDate:yyyy-MM-dd} / {project.EndDate:yyyy-MM-dd}");
            Row("topic", project.Topic);
            Row("funding", project.FundingAmount is null ? null :
                $"{project.FundingAmount:N2} {project.FundingCurrency} = EUR {project.FundingEur:N2} at {project.EurRate} ({project.EurRateDate:yyyy-MM-dd}, {project.EurRateSource}; {project.FundingBasis})");
            Row("lead country", project.LeadCountry);
            Row("read from", $"{project.RunOrigin ?? "(run not recorded)"}: {project.SourceFile} line {project.SourceLine}");
            Row("provenance", $"harvest run {project.HarvestRunId}, fetched {project.FetchedAt:yyyy-MM-dd HH:mm}Z, sha256 {project.RawHash[..12]}…");
            Row("at the source", project.RecordPage ??
                $"no page stored: {project.Source} has none per record, or this row was harvested before pages were kept (a new harvest adds it)");
            console.Write(record);
            if (classification?.Decisions is null)
            {
                console.WriteLine("Not classified yet: run icpermed classify --all.");
                return CommandRunner.Ok;
            }
            var labels = new Table().AddColumns("label", "decision", "probability", "threshold", "top terms")
                .Title("Classification");
            var terms = classification.TopTermsJson is null ? [] :
                JsonSerializer.Deserialize<List<TermContribution>>(classification.TopTermsJson, JsonSerializerOptions.Web) ?? [];
            for (var i = 0; i < LabelScheme.Labels.Count; i++)
            {
                var label = LabelScheme.Labels[i];
                labels.AddRow(Markup.Escape($"{label} {LabelScheme.Names[label]}"), classification.Decisions[i] ? "1" : "0",
                    classification.Scores?[i].ToString("F3", CultureInfo.InvariantCulture) ?? "-",
                    thresholds?[label].ToString("F3", CultureInfo.InvariantCulture) ?? "-",
                    Markup.Escape(string.Join(", ", terms.Where(t => t.Label == label).Select(t => $"{t.Term} ({t.Contribution:+0.00;-0.00})"))));
            }
            console.Write(labels);
            // A line of its own, not the table title: a title wraps at the table's width.
            console.WriteLine(Decision(classification));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    /// <summary>
    /// "Decision: insufficient text (9 words, minimum 50), counted as not PM until an analyst decides; ...", "Decision: PM by
    /// source signal (...)", or who decided, with what the prediction had said where an analyst overrode an abstention.
    /// </summary>
    private static string Decision(StoredClassification c) => c.DecidedBy switch
    {
        ClassificationDecision.InsufficientText =>
            $"Decision: {c.Describe()}, counted as not PM until an analyst decides; the scores are model {c.ModelVersion}'s reading of the thin text.",
        ClassificationDecision.LanguageNotSupported =>
            $"Decision: {c.Describe()}: model {c.ModelVersion} reads only the languages it was trained on, so the project counts as not PM until an analyst decides; the scores are its reading of the text all the same.",
        ClassificationDecision.SourceSignal => $"Decision: PM by {c.Describe()}; challenges from model {c.ModelVersion}.",
        _ => $"Decision: decided by {c.DecidedBy}" + (c.Analyst is null ? string.Empty : $" ({c.Analyst}: {c.OverrideReason})") +
            (c.DecidedBy == ClassificationDecision.Analyst && c.PredictionDecidedBy is { } predicted && predicted != ClassificationDecision.Model
                ? $", over {(c with { DecidedBy = predicted }).Describe()}" : string.Empty) +
            $", model {c.ModelVersion}.",
    };
}
