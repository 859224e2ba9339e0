using System.Globalization;
using IcPerMed.Analytics.Programmes;
using IcPerMed.Dashboards.Programmes;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The stored programmes as one table per funder, for people.</summary>
public static class ProgrammeTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<ProgrammeFact> programmes)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(programmes);
        foreach (var funder in programmes.GroupBy(p => p.Entry.FunderId))
        {
            var first = funder.First();
            var table = new Table().Title(Markup.Escape($"{funder.Key}{(first.FunderName is { } name && name != funder.Key ? $" — {name}" : "")} ({first.Country ?? "country unknown"})"))
                .AddColumns("kind", "code", "title", "allows PM", "PM scope", "source (file:line)", "source URL", "checked on");
            foreach (var p in funder)
                table.AddRow(ProgrammesDocument.Kind(p), Markup.Escape(p.Entry.Code + (p.Entry.ParentCode is null ? "" : $" (in {p.Entry.ParentCode})")),
                    Markup.Escape(p.Entry.Title ?? ""), Markup.Escape(p.Entry.AllowsPm ?? "not stated"), Markup.Escape(p.Entry.PmScope ?? ""),
                    Markup.Escape(p.Origin), Markup.Escape(p.Entry.SourceUrl ?? ""),
                    p.Entry.CheckedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
            console.Write(table);
        }
        console.MarkupLine(Markup.Escape(string.Create(CultureInfo.InvariantCulture,
            $"{programmes.Count:N0} programme entries of {programmes.Select(p => p.Entry.FunderId).Distinct().Count():N0} funders. ") +
            "Allows PM, PM scope, source URL and checked on come from national programme lists (icpermed harvest programmes); " +
            "entries other sources name (CORDIS, the Research Council of Norway's list) state none."));
    }
}
