using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Dashboards.Reports;

namespace IcPerMed.Dashboards.Emails;

public static partial class QuarterlyKpiEmail
{
    // Mail clients drop <style> blocks and external sheets, so the little styling there is sits on the elements.
    private const string Cell = " style=\"border:1px solid #ccc;padding:4px 8px;text-align:left\"";

    private static string Html(QuarterlyKpiEmailInput input, Subscriber subscriber, IReadOnlyList<EmailKpiLine> lines,
        SnapshotChanges changes, string reason, IReadOnlyList<EmailChart> charts)
    {
        static string E(string? text) => ReportHtml.Text(text);
        var snapshot = input.Snapshot;
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        html.Append($"<title>{E(Subject(input))}</title></head><body style=\"font-family:sans-serif;color:#222;max-width:600px\">\n")
            .Append($"<p>{E(subscriber.Name.Length == 0 ? "Hello," : $"Dear {subscriber.Name},")}</p>\n")
            .Append($"<p>these are the ICPerMed personalised-medicine funding KPIs of {E(snapshot.Quarter.ToString())}. Money: {E(ChartWords.Money)}.</p>\n")
            .Append($"<p>{E(changes.Summary)}</p>\n");
        if (input.Previous is not null && input.YearBefore is null)
            html.Append($"<p>There is no snapshot of {E(snapshot.Quarter.SameQuarterLastYear.ToString())} (a year earlier) to compare with.</p>\n");
        // A column of deltas is shown only when there is a snapshot to take them from; its absence is said once above.
        var (vsPrevious, vsYear) = (input.Previous is not null, input.YearBefore is not null);
        html.Append("<table style=\"border-collapse:collapse\"><thead><tr>")
            .Append($"<th{Cell}>KPI</th><th{Cell}>{E(snapshot.Quarter.ToString())}</th>")
            .Append(vsPrevious ? $"<th{Cell}>vs previous quarter</th>" : "").Append(vsYear ? $"<th{Cell}>vs same quarter last year</th>" : "")
            .Append("</tr></thead><tbody>\n");
        foreach (var line in lines)
            html.Append($"<tr data-kpi=\"{E(line.KpiId)}\"><td{Cell}>{E(line.Name)}</td><td{Cell}>{E(line.Value)}{(line.MissingAmounts is { } m ? $"<br><small>{E(m)}</small>" : "")}</td>")
                .Append(vsPrevious ? $"<td{Cell}>{E(line.VsPrevious)}</td>" : "").Append(vsYear ? $"<td{Cell}>{E(line.VsYearBefore)}</td>" : "")
                .Append("</tr>\n");
        html.Append("</tbody></table>\n");
        if (input.Previous is not null)
        {
            html.Append("<h2>What changed</h2>\n");
            if (changes.Movers.Count == 0)
                html.Append($"<p>{E(changes.NothingMoved)}</p>\n");
            else
            {
                html.Append("<ul>\n");
                foreach (var move in changes.Top(ChangesShown))
                    html.Append($"<li>{E(move.Text)}</li>\n");
                if (changes.NotShown(ChangesShown) > 0)
                    html.Append(CultureInfo.InvariantCulture, $"<li>and {changes.NotShown(ChangesShown)} smaller moves: see the dashboard</li>\n");
                html.Append("</ul>\n");
            }
            if (changes.Basis.Count > 0)
                html.Append($"<p style=\"color:#555\">What the numbers rest on changed: {E(string.Join("; ", changes.Basis))}.</p>\n");
        }
        // Width and height as attributes (clients that ignore CSS), max-width so a phone narrower than the image scales it.
        foreach (var (chart, width, height) in charts)
            html.Append(CultureInfo.InvariantCulture, $"<h3>{E(chart.Title)}</h3><p><img src=\"cid:{E(ContentId(chart))}\" alt=\"{E(chart.AltText)}\" width=\"{width}\" height=\"{height}\" style=\"max-width:100%;height:auto\"></p>\n");
        html.Append($"<p><a href=\"{E(input.SnapshotLink)}\">Open the {E(snapshot.Quarter.ToString())} snapshot in the dashboard</a> for every chart and number.</p>\n")
            .Append($"<p style=\"color:#555\">{E(reason)}</p>\n")
            .Append(CultureInfo.InvariantCulture, $"<p style=\"color:#777;font-size:small\">Numbers of {E(snapshot.Quarter.ToString())} from {E(snapshot.Label())}, {snapshot.TakenAt.ToUniversalTime():HH:mm} UTC, sha256 {E(snapshot.ContentHash[..16])}. To change or end your subscription, reply to this email.</p>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }
}
