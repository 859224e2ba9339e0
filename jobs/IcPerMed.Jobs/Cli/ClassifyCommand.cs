using System.CommandLine;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Status;
using IcPerMed.Jobs.Classify;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed classify --input FILE.jsonl --output FILE.csv</c> or <c>icpermed classify --all</c>: the current model's
/// decisions, probabilities and (in the warehouse) top terms. Trains from the labels first when no model exists (the bundled ones, or Classification:LabelsFile).
/// </summary>
public static class ClassifyCommand
{
    public static Command Create()
    {
        var input = new Option<string?>("--input") { Description = "JSONL (.gz) with source, source_id, title, abstract per line." };
        var output = new Option<string?>("--output") { Description = "CSV to write (source,source_id,pm,pm_score,c1..c5,c1_score..c5_score); bad lines go to OUTPUT.errors.csv." };
        var all = new Option<bool>("--all") { Description = "Classify every project in the warehouse and store the predictions with their explanations." };
        var command = new Command("classify", "Classify projects for PM relevance and the five Action Plan challenges.")
        {
            input, output, all, TrainCommand.Models,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var everything = parseResult.GetValue(all);
            var (from, to) = (parseResult.GetValue(input), parseResult.GetValue(output));
            if (everything == (from is not null) || (from is null) != (to is null))
                return CommandRunner.Usage("give either --all, or --input FILE and --output FILE");
            var logger = context.Logging.CreateLogger("classify");
            var settings = context.Options<ClassificationOptions>();
            var repository = settings.Models(parseResult.GetValue(TrainCommand.Models));
            await using var warehouse = everything ? await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false) : null;
            var projects = warehouse is null ? 0 : (await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false)).Sum(s => s.Projects);
            var console = TerminalProgress.Console(context);
            // On a terminal: a bar for the training (when there is no model yet), then one for the projects classified.
            var (classifier, trained, summary, file) = await TerminalProgress.ShowAsync(console, async bars =>
            {
                var workflow = new ClassifierWorkflow(logger, context.Time)
                {
                    ThinText = settings.ThinText, Labels = settings.LabelsFile, TrainingSteps = bars?.Steps("train the classifier"),
                    Classified = bars?.Counted("classify", projects, "projects"),
                };
                var (classifier, trained) = await workflow.CurrentOrTrainAsync(repository, null, cancellationToken).ConfigureAwait(false);
                return warehouse is null
                    ? (classifier, trained, (ClassificationSummary?)null,
                        await ClassifyFileAsync(classifier, from!, to!, bars?.Steps("classify"), cancellationToken).ConfigureAwait(false))
                    : (classifier, trained, await workflow.ClassifyWarehouseAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false), default);
            }).ConfigureAwait(false);
            if (trained)
                Console.Error.WriteLine($"No trained model was in {repository.Root}: trained {classifier.Version} from {ClassifierWorkflow.DescribeLabels(settings.LabelsFile)} first.");
            if (summary is not null)
            {
                Console.WriteLine($"model {classifier.Version}: {summary.Describe()}");
                return CommandRunner.Ok;
            }
            var (written, errors) = file;
            Console.WriteLine($"model {classifier.Version}: {written:N0} projects written to {to}" +
                (errors > 0 ? $"; {errors:N0} lines could not be classified, see {to}.errors.csv" : string.Empty));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static async Task<(long Written, long Errors)> ClassifyFileAsync(PmClassifier classifier, string input, string output,
        IProgress<string>? progress, CancellationToken cancellationToken)
    {
        const int batchSize = 2_000;
        var errorsPath = output + ".errors.csv";
        File.Delete(errorsPath);
        long written = 0, errors = 0;
        await using var csv = await PredictionCsv.CreateAsync(output, cancellationToken).ConfigureAwait(false);
        await using var errorLog = new BadLineLog(errorsPath);
        var batch = new List<ProjectText>(batchSize);
        async Task FlushAsync()
        {
            foreach (var prediction in classifier.Predict(batch))
                await csv.WriteAsync(prediction, cancellationToken).ConfigureAwait(false);
            written += batch.Count;
            batch.Clear();
            progress?.Report($"{written:N0} projects written to {Path.GetFileName(output)}");
        }
        await foreach (var line in ProjectTextFile.ReadLinesAsync(input, cancellationToken).ConfigureAwait(false))
        {
            if (line.Text is null || !ClassifierWorkflow.HasText(line.Text))
            {
                errors++;
                await errorLog.WriteAsync(line.Text is null ? line : line with { Error = "no text: title and abstract are both empty" },
                    cancellationToken).ConfigureAwait(false);
                continue;
            }
            batch.Add(line.Text);
            if (batch.Count == batchSize)
                await FlushAsync().ConfigureAwait(false);
        }
        await FlushAsync().ConfigureAwait(false);
        return (written, errors);
    }
}
