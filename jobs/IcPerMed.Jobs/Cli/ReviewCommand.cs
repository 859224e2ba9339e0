using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Classification;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed review [--limit N]</c>: the review queue: the abstentions for insufficient text whose thin text the model
/// would have called PM first, then the texts in a language the model was not trained on, then the projects by expected
/// gain for the next model: the pm members' disagreement minus the distance to the nearest threshold (see
/// <c>Warehouse.GetReviewQueueAsync</c>).
/// </summary>
public static class ReviewCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many projects to list.", DefaultValueFactory = _ => 20 }.AtLeast(1);
        var command = new Command("review", "List the projects for analysts to label: those the classifier abstained on for insufficient text (title only or too few words) whose text would have scored PM, then those in a language the model was not trained on, then the rest by expected gain for the next model: how far apart the pm model and its NB-SVM twin put pm (members' disagreement) minus how close the nearest score lies to its threshold (margin), highest first. Analysts' labels (icpermed label, or the web project page) feed the next training.")
        {
            limit, GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var metadata = await warehouse.GetCurrentModelMetadataAsync(cancellationToken).ConfigureAwait(false);
            if (metadata is null)
                return CommandRunner.Usage("no model has classified this warehouse yet: run icpermed classify --all");
            var model = ModelMetadata.FromJson(metadata);
            var thresholds = LabelScheme.Labels.Select(l => model.Thresholds[l]).ToList();
            var queue = await warehouse.GetReviewQueueAsync(thresholds, parseResult.GetValue(limit), cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(queue, Json));
                return CommandRunner.Ok;
            }
            var table = new Table().Title(Markup.Escape($"Review queue, model {model.Version}"))
                .AddColumns("source", "id", "why", "label", "score", "threshold", "disagree", "gain", "title");
            foreach (var item in queue)
                table.AddRow(Markup.Escape(item.Source), Markup.Escape(item.SourceId), Markup.Escape(item.Reason), item.NearestLabel,
                    item.Score.ToString("F3", CultureInfo.InvariantCulture), item.Threshold.ToString("F3", CultureInfo.InvariantCulture),
                    item.PmDisagreement?.ToString("F3", CultureInfo.InvariantCulture) ?? "-",
                    item.InsufficientText || item.LanguageNotSupported ? "-" : item.ExpectedGain.ToString("F3", CultureInfo.InvariantCulture),
                    Markup.Escape(item.Title is { Length: > 60 } t ? t[..60] + "…" : item.Title ?? string.Empty));
            var console = CliConsole.ForOutput();
            console.Write(table);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
