using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Programmes;
using Microsoft.Data.Analysis;

namespace IcPerMed.Dashboards.Programmes;

/// <summary>
/// The stored programmes for scripts: the JSON of <c>icpermed programmes --format json</c> and <c>/api/programmes</c>,
/// and the CSV table of <c>--format csv</c>.
/// </summary>
public static class ProgrammesDocument
{
    public static object Build(IReadOnlyList<ProgrammeFact> programmes) =>
        new { Programmes = programmes.Select(Entry).ToList() };

    public static DataFrame Frame(IReadOnlyList<ProgrammeFact> p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return new DataFrame(
            ExportColumns.Text("funder_id", p.Select(x => (string?)x.Entry.FunderId)),
            ExportColumns.Text("funder_name", p.Select(x => x.FunderName)),
            ExportColumns.Text("country", p.Select(x => x.Country)),
            ExportColumns.Text("kind", p.Select(x => (string?)Kind(x))),
            ExportColumns.Text("code", p.Select(x => (string?)x.Entry.Code)),
            ExportColumns.Text("title", p.Select(x => x.Entry.Title)),
            ExportColumns.Text("parent_code", p.Select(x => x.Entry.ParentCode)),
            ExportColumns.Text("allows_pm", p.Select(x => x.Entry.AllowsPm)),
            ExportColumns.Text("pm_scope", p.Select(x => x.Entry.PmScope)),
            ExportColumns.Text("url", p.Select(x => x.Entry.Url)),
            ExportColumns.Text("source_file", p.Select(x => (string?)x.Entry.Origin.File)),
            ExportColumns.Count("source_line", p.Select(x => (long?)x.Entry.Origin.Line)),
            ExportColumns.Text("source_url", p.Select(x => x.Entry.SourceUrl)),
            ExportColumns.Date("checked_on", p.Select(x => x.Entry.CheckedOn)));
    }

    public static string Kind(ProgrammeFact fact) => fact.Entry.Kind.ToString().ToLowerInvariant();

    private static object Entry(ProgrammeFact x) => new
    {
        x.Entry.FunderId, x.FunderName, x.Country, Kind = Kind(x), x.Entry.Code, x.Entry.Title, x.Entry.ParentCode,
        x.Entry.AllowsPm, x.Entry.PmScope, x.Entry.Url, SourceFile = x.Entry.Origin.File, SourceLine = x.Entry.Origin.Line,
        x.Entry.SourceUrl, CheckedOn = x.Entry.CheckedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };
}
