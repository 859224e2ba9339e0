using System.CommandLine;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Analytics.Status;
using IcPerMed.Ingestion.Sources;
using IcPerMed.Jobs.Classify;
using IcPerMed.Jobs.Kpis;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed demo</c>: the main job on the bundled real sample, with no network: harvest the sample of every source
/// registered for the demo (<see cref="SourceRegistry.Demo"/>) into the warehouse (DuckDB by default), classify it, print the status, snapshot the last completed quarter (and
/// the one before as the data stood at its end, when it has no snapshot) with its headline KPIs and what changed, and
/// write that quarter's report into reports/.
/// </summary>
public static class DemoCommand
{
    /// <summary>The bundled sample, copied beside the program at build time (see data/samples/SOURCE.md).</summary>
    public static string SampleDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    public static Command Create(SourceRegistry? sources = null)
    {
        var demo = (sources ?? SourceRegistry.BuiltIn).Demo.ToList();
        var command = new Command("demo",
            $"Harvest the bundled real sample ({string.Join("; ", demo.Select(s => $"{s.Name}: samples/{s.Sample}"))}), " +
            "classify every project (training the model from the bundled labels and the analyst corrections when the current model was trained on other data or there is none), print the status, and " +
            "snapshot the KPIs of the last completed quarter and write its report into reports/.");
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var settings = context.Options<ClassificationOptions>();
            // One display for the whole run on a terminal: a bar per harvested file, then training, then classifying.
            var (classifier, trained, replaced, summary) = await TerminalProgress.ShowAsync(TerminalProgress.Console(context), async bars =>
            {
                foreach (var source in demo)
                    // Recorded as the sample's path under data/ (samples/cordis), not the build folder the program reads it from.
                    await HarvestCommand.HarvestAsync(context, warehouse, source.Connector(), Path.Combine(SampleDirectory, source.Sample!),
                        bars, cancellationToken, recordedAs: "samples/" + source.Sample).ConfigureAwait(false);
                var projects = bars is null ? 0 : (await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false)).Sum(s => s.Projects);
                var workflow = new ClassifierWorkflow(context.Logging.CreateLogger("demo"), context.Time)
                {
                    ThinText = settings.ThinText, TrainingSteps = bars?.Steps("train the classifier"),
                    Classified = bars?.Counted("classify", projects, "projects"),
                };
                var (classifier, trained, replaced) = await workflow.CurrentForBundledLabelsAsync(settings.Models(), warehouse, cancellationToken).ConfigureAwait(false);
                return (classifier, trained, replaced, await workflow.ClassifyWarehouseAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false));
            }).ConfigureAwait(false);
            if (replaced is not null)
                Console.WriteLine($"Model {replaced} was trained on other labels than the bundled ones: trained {classifier.Version} on {classifier.Metadata.RowsTrained:N0} labelled projects.");
            if (trained)
                Console.WriteLine(classifier.Metadata.CrossValidation.ToTable());
            StatusTable.Write(await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false), warehouse.Location);
            SourceFundingTable.Write(await warehouse.GetSourceFundingAsync(cancellationToken).ConfigureAwait(false));
            Console.WriteLine($"Classified {summary.Classified:N0} projects with model {classifier.Version}: {summary.DescribeDecisions()}.");
            var quarter = Analytics.Model.Quarter.LastCompleted(DateOnly.FromDateTime(context.Time.GetUtcNow().UtcDateTime));
            // The previous quarter is reconstructed as the data stood at its end when it has no snapshot, so the report's
            // "what changed" compares two snapshots from the first run on.
            var taken = await warehouse.TakeSnapshotWithPreviousAsync(quarter, cancellationToken).ConfigureAwait(false);
            if (taken.PreviousReconstructed)
                Console.WriteLine($"No snapshot of {taken.Previous.Quarter} yet: took one as the data stood at the quarter's end (projects started by then), {taken.Previous.Quarter} ({taken.Previous.Label()}).");
            DemoHeadline.Write(taken.Snapshot);
            SnapshotChangeList.WriteSentences(Analytics.Snapshots.SnapshotChanges.Between(taken.Previous, taken.Snapshot), 5);
            var report = await ReportCommand.WriteAsync(warehouse, quarter, ReportCommand.DefaultDirectory, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"Report for the Executive Committee: {report}");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
