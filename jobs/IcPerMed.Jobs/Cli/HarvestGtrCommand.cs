using System.CommandLine;
using IcPerMed.Ingestion.Sources.Gtr;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed harvest gtr [--from URL|PATH] [--query TEXT] [--page-size N]</c>: UKRI Gateway to Research. A command of
/// its own because the connector takes a search and a page size that the file sources do not have.
/// </summary>
public static class HarvestGtrCommand
{
    public static Command Create()
    {
        var from = new Option<string?>("--from")
        {
            Description = $"The GtR-2 API base URL, or recorded GtR v1 project XML (a file or a folder of files, e.g. " +
                $"data/samples/ukri-gtr/gtrapi-v1-project-xml). Default: {GtrConnector.DefaultBaseUrl}",
        };
        var query = new Option<string?>("--query")
        {
            Description = $"Search text sent as q= (API only). Default: \"{GtrConnector.DefaultQuery}\"; \"\" reads every project.",
            DefaultValueFactory = _ => GtrConnector.DefaultQuery,
        };
        var fields = new Option<string?>("--search-fields")
        {
            Description = "GtR search fields sent as f= (API only), e.g. pro.t for project titles; default: GtR's own.",
        };
        var pageSize = new Option<int>("--page-size")
        {
            Description = $"Projects per page, s= (API only; GtR serves 10 to 100). Default: {GtrConnector.DefaultPageSize}",
            DefaultValueFactory = _ => GtrConnector.DefaultPageSize,
        };
        pageSize.Validators.Add(result =>
        {
            if (result.GetValue(pageSize) is < 1 or > 100)
                result.AddError("--page-size must be between 1 and 100 (GtR serves at most 100 a page).");
        });
        var command = new Command("gtr",
            "UKRI Gateway to Research: projects of the GtR-2 API search (each project's FUND and LEAD_ORG links followed once per id, " +
            "two requests a second, pages kept in --state-dir until the run commits), or recorded GtR v1 project XML. GtR has no " +
            "changed-since filter, so every run reads the whole search; unchanged projects stay unchanged.")
        {
            from, query, fields, pageSize, HarvestCommand.Full, HarvestCommand.StateDirectory, GlobalOptions.Format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var connector = new GtrConnector(parseResult.GetValue(query) is { Length: > 0 } q ? q : null,
                parseResult.GetValue(fields), parseResult.GetValue(pageSize));
            return await HarvestCommand.HarvestAndReportAsync(parseResult, context, connector, parseResult.GetValue(from), cancellationToken)
                .ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }
}
