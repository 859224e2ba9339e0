using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Snapshots;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The changes between two snapshots as a table, JSON or CSV.</summary>
public static class SnapshotChangeList
{
    public static async Task WriteAsync(KpiSnapshot before, KpiSnapshot after, IReadOnlyList<SnapshotChange> changes, ReportFormat format,
        CancellationToken cancellationToken)
    {
        switch (format)
        {
            case ReportFormat.Json:
                Console.WriteLine(SnapshotJson.Write(new { before = before.Id, after = after.Id, changes }));
                break;
            case ReportFormat.Csv:
                await using (var stdout = Console.OpenStandardOutput())
                    await DataFrameExport.WriteAsync(new Microsoft.Data.Analysis.DataFrame(
                        ExportColumns.Text("area", changes.Select(c => (string?)c.Area)),
                        ExportColumns.Text("item", changes.Select(c => (string?)c.Item)),
                        ExportColumns.Text("what", changes.Select(c => (string?)c.What)),
                        ExportColumns.Text("before", changes.Select(c => (string?)c.Before)),
                        ExportColumns.Text("after", changes.Select(c => (string?)c.After))), ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                break;
            default:
                var table = new Table().Title(Markup.Escape($"Snapshot {before.Id} ({before.Quarter}) → snapshot {after.Id} ({after.Quarter}): {changes.Count} change(s)"))
                    .AddColumns("area", "item", "what", "before", "after");
                foreach (var c in changes)
                    table.AddRow(Markup.Escape(c.Area), Markup.Escape(c.Item), Markup.Escape(c.What), Markup.Escape(c.Before), Markup.Escape(c.After));
                CliConsole.ForOutput().Write(table);
                break;
        }
    }
}
