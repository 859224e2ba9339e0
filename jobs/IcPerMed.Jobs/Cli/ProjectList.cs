using System.Globalization;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The projects behind a number, as a table or JSON; <c>icpermed show SOURCE ID</c> opens one.</summary>
public static class ProjectList
{
    public static void Write(IReadOnlyList<KpiProject> projects, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            Console.WriteLine(SnapshotJson.Write(projects));
            return;
        }
        var table = new Table().AddColumns("source", "id", "title", "start", "EUR", "funder", "lead", "challenges")
            .Caption($"{projects.Count} project(s); icpermed show SOURCE ID opens one");
        foreach (var p in projects)
            table.AddRow(Markup.Escape(p.Source), Markup.Escape(p.SourceId), Markup.Escape(p.Title ?? "-"),
                p.StartDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",
                p.FundingEur?.ToString("N2", CultureInfo.InvariantCulture) ?? "unknown", Markup.Escape(p.FunderId ?? "-"),
                Markup.Escape(p.LeadCountry ?? "-"), string.Join(' ', p.Challenges));
        CliConsole.ForOutput().Write(table);
    }
}
