using IcPerMed.Analytics.Status;
using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Per source: funders, projects and EUR, all and PM, as <c>icpermed demo</c> ends its harvest. "stated" counts the
/// projects with an amount, so a total is never read as complete when some projects have none.
/// </summary>
public static class SourceFundingTable
{
    public static void Write(IReadOnlyList<SourceFunding> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var table = new Table().Title("Sources: projects and money (EUR)")
            .AddColumns("source", "funders", "projects", "amount stated", "EUR", "PM projects", "PM funders", "PM amount stated", "PM EUR");
        foreach (var s in sources)
            table.AddRow(Markup.Escape(s.Source), $"{s.Funders:N0}", $"{s.Projects:N0}", $"{s.ProjectsWithAmount:N0}", $"{s.FundingEur:N0}",
                $"{s.PmProjects:N0}", $"{s.PmFunders:N0}", $"{s.PmProjectsWithAmount:N0}", $"{s.PmFundingEur:N0}");
        var console = CliConsole.ForOutput();
        console.Write(table);
        console.MarkupLine(Markup.Escape($"{sources.Count} sources, {sources.Sum(s => s.Projects):N0} records, {sources.Sum(s => s.PmProjects):N0} PM. " +
            "A grant two sources report (a CORDIS project and its NFR record) is listed under each; the KPIs count its money once."));
    }
}
