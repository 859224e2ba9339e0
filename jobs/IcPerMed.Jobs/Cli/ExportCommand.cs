using System.CommandLine;
using IcPerMed.Analytics.Exports;
using Microsoft.Data.Analysis;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed export projects|kpi NAME --format csv|json|parquet [--out FILE] [filters]</c>: analysts' data as
/// DataFrames written to a file or standard output. CSV text cells beginning with = + - @ are neutralised.
/// </summary>
public static class ExportCommand
{
    private static readonly Option<string> Format = new("--format")
    {
        Description = "csv, json or parquet.",
        DefaultValueFactory = _ => "csv",
    };

    private static readonly Option<string?> Out = new("--out") { Description = "Write to this file (default: standard output)." };

    public static Command Create()
    {
        var export = new Command("export", "Export projects or a KPI for analysis elsewhere (spreadsheet, R, pandas, DuckDB).");
        export.Subcommands.Add(CreateProjects());
        export.Subcommands.Add(CreateKpi());
        return export;
    }

    private static Command CreateProjects()
    {
        var all = new Option<bool>("--all-projects") { Description = "Include projects the classification does not count as PM (always live)." };
        var quarter = KpiOptions.QuarterOption();
        var command = new Command("projects",
            "Projects with money (original and EUR, with rate), countries, classification (analyst override, else model) and provenance. " +
            "For a quarter with a snapshot, the PM projects that snapshot counted, with the classification and money it counted them with; " +
            "else (or with --live, --all-projects or a filter) live. The origin column says which.")
        { Format, Out, all, quarter, QuarterOrigin.Live };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (format, filter) = (ReadFormat(parseResult), KpiOptions.ReadFilter(parseResult));
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            var allProjects = parseResult.GetValue(all);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var origin = await QuarterOrigin.ResolveAsync(warehouse, at, filter, parseResult.GetValue(QuarterOrigin.Live),
                allProjects ? "--all-projects: a snapshot keeps its PM projects only" : null, context.Time, cancellationToken).ConfigureAwait(false);
            var frozen = origin.Snapshot is { } snapshot
                ? await warehouse.GetSnapshotProjectsForExportAsync(snapshot.Id, cancellationToken).ConfigureAwait(false)
                : null;
            if (origin.Snapshot is { } old && frozen is null)
                origin = origin with { Snapshot = null, Why = $"{old.Label()} was taken before snapshots kept their projects", At = context.Time.GetUtcNow() };
            var projects = frozen ?? await warehouse.GetProjectsForExportAsync(filter, !allProjects, cancellationToken).ConfigureAwait(false);
            await WriteAsync(ExportFrames.Projects(projects, origin.Label), format, parseResult.GetValue(Out), cancellationToken).ConfigureAwait(false);
            await Console.Error.WriteLineAsync($"export: {projects.Count:N0} projects of {at}, {origin.Label}.").ConfigureAwait(false);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateKpi()
    {
        var name = new Argument<string>("name") { Description = "The KPI id (icpermed kpis catalogue lists them), or 'all' for every KPI in long form." };
        var quarter = KpiOptions.QuarterOption();
        var live = new Option<bool>("--live") { Description = "Compute from the warehouse even when the quarter has a snapshot." };
        var command = new Command("kpi", "One KPI's rows (key columns, value, projects, unit, counting), from the quarter's snapshot or live.")
        { name, Format, Out, quarter, live };
        KpiOptions.AddFilters(command);
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var (format, filter) = (ReadFormat(parseResult), KpiOptions.ReadFilter(parseResult));
            var at = KpiOptions.ReadQuarter(parseResult, quarter, context.Time);
            var id = parseResult.GetValue(name)!;
            if (id != "all")
                Analytics.Kpis.KpiCatalogue.Find(id);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            filter = await filter.WithKnownFundersAsync(warehouse, cancellationToken).ConfigureAwait(false);
            var reading = await KpiReading.LoadAsync(warehouse, at, filter, parseResult.GetValue(live), cancellationToken).ConfigureAwait(false);
            var frame = id == "all" ? ExportFrames.AllKpis(reading.Kpis)
                : ExportFrames.Kpi(reading.Kpis.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))
                    ?? throw new KeyNotFoundException($"{reading.Origin} has no KPI '{id}'"));
            await WriteAsync(frame, format, parseResult.GetValue(Out), cancellationToken).ConfigureAwait(false);
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static ExportFormat ReadFormat(ParseResult parseResult)
    {
        try
        {
            return ExportFormats.Parse(parseResult.GetValue(Format)!);
        }
        catch (ArgumentException error)
        {
            throw new UsageException("--format: " + error.Message);
        }
    }

    /// <summary>Writes to a temporary file beside <paramref name="path"/> and renames it, so a failed export leaves no half file.</summary>
    private static async Task WriteAsync(DataFrame frame, ExportFormat format, string? path, CancellationToken cancellationToken)
    {
        if (path is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await DataFrameExport.WriteAsync(frame, format, stdout, cancellationToken).ConfigureAwait(false);
            return;
        }
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var partial = full + ".partial";
        try
        {
            await using (var file = File.Create(partial))
                await DataFrameExport.WriteAsync(frame, format, file, cancellationToken).ConfigureAwait(false);
            File.Move(partial, full, overwrite: true);
        }
        finally
        {
            File.Delete(partial);
        }
        await Console.Error.WriteLineAsync($"wrote {frame.Rows.Count:N0} rows to {full}").ConfigureAwait(false);
    }
}
