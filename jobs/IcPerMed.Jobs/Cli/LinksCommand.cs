using System.CommandLine;
using System.Text.Json;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed links [--rebuild] [--format table|json]</c>: the projects reported by several records (sources or
/// funders), which record counts, which money counts, and the evidence for each link.
/// </summary>
public static class LinksCommand
{
    private static readonly Option<bool> Rebuild = new("--rebuild")
    {
        Description = "Rebuild every link from the stored records first (every harvest does this by itself).",
    };

    public static Command Create()
    {
        var command = new Command("links", "Projects linked across sources or funders: their records, the one counted, each funder's money, and why they are linked.")
        {
            Rebuild, GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(Rebuild))
                await warehouse.RelinkAsync(cancellationToken).ConfigureAwait(false);
            var records = await warehouse.GetAllLinkedRecordsAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(JsonSerializer.Serialize(records.GroupBy(r => r.LinkId).Select(g => new
                {
                    link_id = g.Key,
                    method = g.First().Method,
                    evidence = g.First().Evidence,
                    funding_eur = g.Where(r => r.FundingCounted).Sum(r => r.FundingEur ?? 0m),
                    records = g,
                }), JsonSerializerOptions.Web));
                return CommandRunner.Ok;
            }
            var table = new Table().AddColumns("linked project", "record", "funder").AddColumn(new TableColumn("EUR").RightAligned()).AddColumns("counted", "evidence");
            foreach (var group in records.GroupBy(r => r.LinkId))
                foreach (var r in group)
                    table.AddRow(Markup.Escape(r.LinkId), Markup.Escape($"{r.Source} {r.SourceId}{(r.IsPrimary ? " (primary)" : "")}"),
                        Markup.Escape(r.FunderName ?? r.FunderId ?? "-"), r.FundingEur is { } e ? $"{e:N2}" : "-",
                        r.FundingCounted ? "yes" : "no (repeats)", Markup.Escape(r.Evidence));
            AnsiConsole.Write(table);
            AnsiConsole.WriteLine($"{records.Select(r => r.LinkId).Distinct().Count():N0} linked projects from {records.Count:N0} records in {warehouse.Location}");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
