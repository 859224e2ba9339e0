using System.CommandLine;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed label SOURCE ID --pm 1 --c3 1 [--by NAME] [--reason TEXT]</c>: an analyst's correction. It wins over the
/// model in every query and joins the next training run. Labels not given are 0.
/// </summary>
public static class LabelCommand
{
    public static Command Create()
    {
        var source = new Argument<string>("source") { Description = "The project's source, e.g. cordis." };
        var id = new Argument<string>("id") { Description = "The project's id in that source, e.g. 101191725." };
        var pm = new Option<int>("--pm") { Description = "1 if the project is personalised medicine, else 0.", Required = true };
        var challenges = LabelScheme.Challenges
            .Select(c => new Option<int>("--" + c) { Description = $"1 if {LabelScheme.Names[c]} is a main aim (needs --pm 1). Default 0." })
            .ToArray();
        var by = new Option<string?>("--by") { Description = "Who corrects (default: $ICPERMED_ANALYST, then $USER)." };
        var reason = new Option<string?>("--reason") { Description = "Why, for the record." };
        var command = new Command("label", "Correct a project's classification; the correction wins over the model everywhere and trains the next model.")
        {
            source, id, pm, by, reason,
        };
        foreach (var option in challenges)
            command.Options.Add(option);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            int[] values = [parseResult.GetValue(pm), .. challenges.Select(parseResult.GetValue)];
            if (values.Any(v => v is not (0 or 1)))
                return CommandRunner.Usage("labels are 0 or 1");
            if (values[0] == 0 && values.Skip(1).Any(v => v == 1))
                return CommandRunner.Usage("a challenge can only be set on a personalised-medicine project: give --pm 1");
            var analyst = parseResult.GetValue(by) ?? Environment.GetEnvironmentVariable("ICPERMED_ANALYST")
                ?? Environment.GetEnvironmentVariable("USER") ?? "unknown";
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var labels = new LabelOverride(parseResult.GetValue(source)!, parseResult.GetValue(id)!, [.. values.Select(v => v == 1)],
                analyst, parseResult.GetValue(reason));
            var overrideId = await warehouse.AddOverrideAsync(labels, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"override {overrideId} by {analyst}: {labels.Source} {labels.SourceId} " +
                string.Join(' ', LabelScheme.Labels.Select((l, i) => $"{l}={values[i]}")));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
