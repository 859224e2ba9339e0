using System.CommandLine;
using Spectre.Console;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed kpis [--quarter Q] [--format table|json|csv] [--live] [filters]</c>, <c>kpis catalogue</c> and
/// <c>kpis behind KPI [KEY ...]</c>: the KPI values, what each KPI means, and the projects behind a value.
/// </summary>
public static class KpisCommand
{
    public static Command Create()
    {
        var quarter = KpiOptions.QuarterOption();
        var format = KpiOptions.Format();
        var live = new Option<bool>("--live") { Description = "Compute from the warehouse even when the quarter has a snapshot." };
        var command = new Command("kpis",
            "Every KPI of the catalogue for a quarter: from the quarter's newest snapshot when there is one and no filter is given, else live.")
        { quarter, format, live };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, quarter, context.Time));
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var reading = await KpiReading.LoadAsync(warehouse, at, filter, parseResult.GetValue(live), cancellationToken).ConfigureAwait(false);
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(new { quarter = reading.Quarter.ToString(), origin = reading.Origin, filter = reading.Filter.ToString(), kpis = reading.Kpis }));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(ExportFrames.AllKpis(reading.Kpis), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    KpiTable.Write(CliConsole.ForOutput(), reading);
                    break;
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        command.Subcommands.Add(CreateCatalogue());
        command.Subcommands.Add(CreateBehind());
        return command;
    }

    private static Command CreateCatalogue()
    {
        var command = new Command("catalogue", "What each KPI is: id, name, the question it answers, definition, unit, counting, key and filters.")
        {
            GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, context =>
        {
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
                Console.WriteLine(SnapshotJson.Write(KpiCatalogue.All.Select(k => new
                {
                    k.Id, k.Name, k.Question, k.Definition, k.Unit, counting = KpiCountings.Label(k.Counting),
                    dimensions = k.Dimensions.Select(d => d.Name), k.Filters,
                })));
            else
                KpiTable.WriteCatalogue(CliConsole.ForOutput());
            return Task.FromResult(CommandRunner.Ok);
        }, cancellationToken));
        return command;
    }

    private static Command CreateBehind()
    {
        var kpi = new Argument<string>("kpi") { Description = "The KPI id (see icpermed kpis catalogue)." };
        var key = new Argument<string[]>("key") { Description = "The row's key parts in order, e.g. c3, or 'previous quarter' 2026Q2.", Arity = ArgumentArity.ZeroOrMore };
        var options = new DrillDownOptions();
        var command = new Command("behind",
            "The projects behind one KPI value: the KPI's condition and the row's key. A quarter with a snapshot lists the projects that " +
            "snapshot counted, as `kpis` shows its numbers; --live or a filter lists the warehouse now.") { kpi, key, QuarterOrigin.Live };
        options.AddTo(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (filter, at) = (KpiOptions.ReadFilter(parseResult), KpiOptions.ReadQuarter(parseResult, options.Quarter, context.Time));
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var origin = await QuarterOrigin.ResolveAsync(warehouse, at, filter, parseResult.GetValue(QuarterOrigin.Live), null, context.Time,
                cancellationToken).ConfigureAwait(false);
            var frozen = origin.Snapshot is { } snapshot ? await warehouse.FrozenFilterAsync(snapshot.Id, cancellationToken).ConfigureAwait(false) : null;
            var projects = await warehouse.GetProjectsBehindKpiAsync(at, frozen ?? filter, parseResult.GetValue(kpi)!, parseResult.GetValue(key) ?? [],
                parseResult.GetValue(options.Limit), cancellationToken).ConfigureAwait(false);
            var format = parseResult.GetValue(GlobalOptions.Format);
            if (format != OutputFormat.Json)
                CliConsole.ForOutput().MarkupLine(Markup.Escape(frozen is null && origin.Snapshot is { } old
                    ? $"Live list: {old.Label()} predates stored project lists." : $"Projects from {origin.Label}."));
            ProjectList.Write(projects, format);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
