using System.Globalization;
using System.Net;
using System.Text;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Reports;

/// <summary>The few HTML pieces the report is made of; every text goes through <see cref="Text"/>, so names cannot inject markup.</summary>
internal static class ReportHtml
{
    public static string Text(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>A chart as an inline PNG (no file beside the report) with its alt text, method and data table.</summary>
    public static void Chart(StringBuilder html, DashboardChart chart)
    {
        var png = Convert.ToBase64String(chart.ToPng());
        html.Append(Invariant($"<figure class=\"chart\" id=\"chart-{Text(chart.Id)}\">"))
            .Append(Invariant($"<img src=\"data:image/png;base64,{png}\" alt=\"{Text(chart.AltText)}\" width=\"960\" height=\"480\">"))
            .Append(Invariant($"<figcaption><strong>{Text(chart.Title)}.</strong> {Text(chart.AltText)} <span class=\"method\">Method: {Text(chart.Method)}</span></figcaption>"))
            .Append("<details><summary>Data table</summary>");
        Table(html, chart.Table);
        html.Append("</details></figure>\n");
    }

    /// <summary>A chart's data table; each number names the drill-down to the projects behind it.</summary>
    public static void Table(StringBuilder html, ChartTable table)
    {
        html.Append("<table class=\"data\"><thead><tr>");
        foreach (var header in table.Headers)
            html.Append("<th scope=\"col\">").Append(Text(header)).Append("</th>");
        html.Append("</tr></thead><tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
                html.Append(cell.Drill is { } drill ? Invariant($"<td data-drill=\"{Text(drill.Kind)} {Text(string.Join(" / ", drill.Key))}\">") : "<td>")
                    .Append(Text(cell.Text)).Append("</td>");
            html.Append("</tr>");
        }
        html.Append("</tbody></table>\n");
    }

    /// <summary>A plain table of texts (already in words, not yet encoded).</summary>
    public static void Table(StringBuilder html, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows) =>
        Table(html, new ChartTable(headers, [.. rows.Select(r => (IReadOnlyList<ChartCell>)[.. r.Select(t => new ChartCell(t))])]));
}
