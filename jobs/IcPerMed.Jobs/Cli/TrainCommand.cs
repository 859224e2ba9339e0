using System.CommandLine;
using IcPerMed.Analytics.Classification;
using IcPerMed.Jobs.Classify;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed train [--labels CSV] [--texts JSONL]...</c>: cross-validate, print the per-label table, train the final
/// models, save them as the current model version and register it in the warehouse.
/// </summary>
public static class TrainCommand
{
    public static readonly Option<string?> Models = new("--models")
    {
        Description = "Folder of model versions. Default: the setting " +
            $"{ClassificationOptions.Section}:{nameof(ClassificationOptions.ModelsDirectory)} (or ${ModelRepository.EnvironmentVariable}), then {ModelRepository.DefaultRoot}.",
    };

    public static Command Create()
    {
        var labels = new Option<string?>("--labels") { Description = "Labels CSV (source,source_id,pm,c1..c5). Default: Classification:LabelsFile, else the bundled data/labels/train.csv." };
        var texts = new Option<string[]>("--texts") { Description = "Texts JSONL (.gz), repeatable. Default: the bundled data/abstracts/*.jsonl.gz." };
        var foldsOut = new Option<string?>("--folds-out") { Description = "Also write the cross-validation folds (source,source_id,fold) to this CSV, for the scikit-learn baseline." };
        var noOverrides = new Option<bool>("--no-overrides") { Description = "Leave the warehouse's analyst overrides out of the training set." };
        var command = new Command("train", "Train the PM and Action Plan challenge classifier with 5-fold cross-validated thresholds and print its per-label quality.")
        {
            labels, texts, foldsOut, noOverrides, Models,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var logger = context.Logging.CreateLogger("train");
            var workflow = new ClassifierWorkflow(logger, context.Time) { Labels = context.Options<ClassificationOptions>().LabelsFile };
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var set = await workflow.LoadTrainingSetAsync(parseResult.GetValue(labels), parseResult.GetValue(texts),
                parseResult.GetValue(noOverrides) ? null : warehouse, cancellationToken).ConfigureAwait(false);
            // On a terminal a bar with the latest step; otherwise each step as a log line, as before.
            var classifier = await TerminalProgress.ShowAsync(TerminalProgress.Console(context), bars => Task.Run(() => workflow.Train(set,
                bars?.Steps("train the classifier") ?? new Progress<string>(message => logger.LogInformation("{Step}", message)), cancellationToken),
                cancellationToken)).ConfigureAwait(false);
            var repository = context.Options<ClassificationOptions>().Models(parseResult.GetValue(Models));
            var previous = repository.CurrentMetadata();
            var directory = repository.Save(classifier);
            await ClassifierWorkflow.RegisterAsync(warehouse, classifier, cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(foldsOut) is { } folds)
                FoldAssignment.Create(set, classifier.Metadata.CrossValidation.Folds, classifier.Metadata.Seed).WriteCsv(folds);
            Console.WriteLine(classifier.Metadata.CrossValidation.ToTable());
            Console.WriteLine();
            Console.WriteLine("Without source signals (topic codes):");
            Console.WriteLine(classifier.Metadata.CrossValidationWithoutSignals.ToTable());
            Console.WriteLine();
            if (classifier.Metadata.Languages is { } languages)
                Console.WriteLine($"Languages of the training texts: {languages.Describe()}");
            Console.WriteLine(QualityChange.Describe(previous, classifier.Metadata, repository.Root));
            Console.WriteLine($"model {classifier.Version} saved in {directory} and registered in {warehouse.Location}");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
