using System.CommandLine;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Model;
using IcPerMed.Analytics.Programmes;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Programmes;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed programmes [--funder ID] [--country CC] [--kind K] [--format table|json|csv]</c>: each stored programme,
/// call and topic with its funder and country, whether it allows PM and in what scope, and its source (file and line,
/// public source, checked on).
/// </summary>
public static class ProgrammesCommand
{
    public static Command Create()
    {
        var format = KpiOptions.Format();
        var funder = List("--funder", "Only programmes of these funders (funder ids, e.g. EC, ISCIII).");
        var country = List("--country", "Only programmes of funders in these countries (ISO alpha-2, e.g. ES; EU for the European Commission).");
        var kind = List("--kind", "Only these kinds: framework, programme, call, topic.");
        var command = new Command("programmes",
            "The stored programmes, calls and topics by funder: country, kind, code, title, whether a programme list says it allows PM " +
            "and in what scope, and where that was read (file and line, public source, checked on).")
        {
            funder, country, kind, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var filter = ReadFilter(Values(parseResult, funder), Values(parseResult, country), Values(parseResult, kind));
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = filter with { Funders = await FilterValues.FundersAsync("--funder", filter.Funders, warehouse, cancellationToken).ConfigureAwait(false) };
            var programmes = await warehouse.GetProgrammeFactsAsync(filter, cancellationToken).ConfigureAwait(false);
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(ProgrammesDocument.Build(programmes)));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(ProgrammesDocument.Frame(programmes), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    ProgrammeTable.Write(CliConsole.ForOutput(), programmes);
                    break;
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static ProgrammeFilter ReadFilter(List<string> funders, List<string> countries, List<string> kinds)
    {
        countries = FilterValues.Countries("--country", countries);
        var parsed = new List<ProgrammeKind>();
        foreach (var k in kinds)
            parsed.Add(Enum.TryParse<ProgrammeKind>(k, ignoreCase: true, out var value) && !int.TryParse(k, out _) ? value
                : throw new UsageException($"--kind '{k}' is not a kind: use framework, programme, call or topic"));
        return new ProgrammeFilter { Funders = funders, Countries = countries, Kinds = parsed };
    }

    private static Option<string[]> List(string name, string description) => new(name)
    {
        Description = description + " Repeat the option or separate values by commas.",
        AllowMultipleArgumentsPerToken = true,
        DefaultValueFactory = _ => [],
    };

    private static List<string> Values(ParseResult parseResult, Option<string[]> option) =>
        [.. (parseResult.GetValue(option) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct()];
}
