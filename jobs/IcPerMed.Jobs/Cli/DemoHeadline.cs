using System.Globalization;
using IcPerMed.Analytics.Gaps;
using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Jobs.Cli;

/// <summary>The few numbers the demo ends with, read from the snapshot it took, and where to look next.</summary>
public static class DemoHeadline
{
    public static void Write(KpiSnapshot snapshot)
    {
        decimal Total(string id) => snapshot.Content.Kpi(id)?.Rows.Sum(r => r.Value) ?? 0m;
        decimal Single(string id) => snapshot.Content.Kpi(id) is { Rows.Count: > 0 } kpi ? kpi.Rows[0].Value : 0m;
        // Judged with today's minimum even when read from a snapshot taken before it existed.
        var gaps = snapshot.Content.CountryGaps.WithMinProjects(GapMatrix.DefaultMinProjects);
        // A money total always says how many of the projects it counts have no amount (issue 15).
        var missing = snapshot.Content.Kpi("pm-funding-per-year")?.MissingAmounts is { } m ? $" ({m.Text})" : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"""
            {snapshot.Quarter} ({snapshot.Label()}): PM funding EUR {Total("pm-funding-per-year"):N2} in {Total("pm-projects-per-year"):N0} projects{missing}, {Single("active-pm-projects"):N0} active this quarter; median grant EUR {Single("median-grant-size"):N2}; transnational {Single("transnational-collaboration-rate"):N1} %.
            Gaps: {gaps.Summary()}; EUR {gaps.FundingInCells:N2} in the cells (apportioned).
            Next: ./icpermed kpis, ./icpermed gaps, ./icpermed trends, ./icpermed export projects --format csv --out pm.csv
            Web dashboard: ./icpermed users add NAME --role admin, then ./icpermed serve and open http://127.0.0.1:5080
            """));
    }
}
