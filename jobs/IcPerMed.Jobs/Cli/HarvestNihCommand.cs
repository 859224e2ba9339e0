using System.CommandLine;
using IcPerMed.Analytics.Status;
using IcPerMed.Dashboards.Status;
using IcPerMed.Ingestion.Sources.Nih;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed harvest nih [--from URL|PATH] [--fiscal-year Y ...] [--text "..."] [--agency IC ...] [--full]
/// [--state-dir DIR] [--format table|json]</c>: the NIH RePORTER Project API, or recorded responses on disk.
/// </summary>
public static class HarvestNihCommand
{
    private const string Description =
        "NIH RePORTER Project API v2 (NIH and other HHS awards): one project per application, awardee as coordinator, " +
        "ICs as programmes, award in USD and EUR. At most one request a second; a killed run resumes from --state-dir.";

    private static readonly Option<string?> From = new("--from")
    {
        Description = $"The API base URL (POST <URL>/v2/projects/search), or a recorded response (.json, .json.gz, v1 or v2) " +
            $"or a folder of them. Default: {NihReporterConnector.DefaultBaseUrl}",
    };

    private static readonly Option<int[]> FiscalYear = new("--fiscal-year")
    {
        Description = $"A US federal fiscal year to ask for (repeat for more). Default: the current one and the {NihQuery.DefaultYearsBack} before it.",
        DefaultValueFactory = _ => [],
    };

    private static readonly Option<string?> Text = new("--text")
    {
        Description = $"RePORTER advanced text search over title, terms and abstract (AND, OR, NOT, \"phrases\"). Default: {NihQuery.DefaultText}. " +
            "An empty text asks for every project of the years and agencies.",
    };

    private static readonly Option<string[]> Agency = new("--agency")
    {
        Description = "An NIH institute or centre, or HHS agency, as RePORTER abbreviates it (NCI, NHLBI, AHRQ ...; repeat for more). Default: all.",
        DefaultValueFactory = _ => [],
    };

    private static readonly Option<int> PageSize = new("--page-size")
    {
        Description = $"Projects per request, 1 to {NihQuery.MaxLimit} (RePORTER's maximum and the default); smaller pages suit slow links.",
        DefaultValueFactory = _ => NihQuery.MaxLimit,
    };

    public static Command Create()
    {
        var command = new Command(NihReporterConnector.SourceName, Description)
        {
            From, FiscalYear, Text, Agency, PageSize, HarvestCommand.Full, HarvestCommand.StateDirectory, GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var format = parseResult.GetValue(GlobalOptions.Format);
            var query = new NihQuery
            {
                FiscalYears = parseResult.GetValue(FiscalYear) ?? [],
                Text = parseResult.GetResult(Text) is null ? NihQuery.DefaultText : parseResult.GetValue(Text),
                Agencies = [.. (parseResult.GetValue(Agency) ?? []).Select(a => a.Trim().ToUpperInvariant())],
                Limit = parseResult.GetValue(PageSize),
            };
            if (query.Limit is < 1 or > NihQuery.MaxLimit)
                throw new UsageException($"--page-size takes 1 to {NihQuery.MaxLimit}");
            if (query.FiscalYears.Any(year => year is < 1985 or > 2100))
                throw new UsageException("--fiscal-year takes a year such as 2024 (RePORTER starts at 1985)");
            var connector = new NihReporterConnector(query);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var summary = await HarvestCommand.HarvestAsync(context, warehouse, connector, parseResult.GetValue(From), format, cancellationToken,
                harvest => harvest with { FullRead = parseResult.GetValue(HarvestCommand.Full), StateDirectory = parseResult.GetValue(HarvestCommand.StateDirectory) })
                .ConfigureAwait(false);
            var statuses = (await warehouse.GetSourceStatusAsync(cancellationToken).ConfigureAwait(false)).Where(s => s.Source == connector.Source);
            if (format == OutputFormat.Json)
                Console.WriteLine(SourceStatusDocument.ToJson(SourceStatusDocument.Build(statuses, summary)));
            else
                StatusTable.Write(statuses, warehouse.Location, summary);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
