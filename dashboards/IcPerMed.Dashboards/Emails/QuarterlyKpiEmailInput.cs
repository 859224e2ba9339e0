using IcPerMed.Analytics.Snapshots;

namespace IcPerMed.Dashboards.Emails;

/// <summary>What every subscriber's email of a quarter is built from.</summary>
/// <param name="Snapshot">The quarter's snapshot.</param>
/// <param name="Previous">The previous quarter's newest snapshot, or null.</param>
/// <param name="YearBefore">The same quarter's newest snapshot a year earlier, or null.</param>
/// <param name="DashboardUrl">Where the dashboard is served, e.g. http://127.0.0.1:5080.</param>
public sealed record QuarterlyKpiEmailInput(KpiSnapshot Snapshot, KpiSnapshot? Previous, KpiSnapshot? YearBefore, string DashboardUrl)
{
    /// <summary>The quarter's page in the dashboard.</summary>
    public string SnapshotLink => $"{DashboardUrl.TrimEnd('/')}/?quarter={Snapshot.Quarter}";
}

/// <summary>Whether a subscriber's email is worth sending this quarter, and the sentence that tells them why it was sent.</summary>
public sealed record EmailReason(bool WorthSending, string Sentence);

/// <summary>One line of the KPI table: name, value and the two deltas, as text.</summary>
/// <param name="MissingAmounts">Beside a money total: how many of the PM projects it counts have no amount; null otherwise.</param>
public sealed record EmailKpiLine(string KpiId, string Name, string Value, string VsPrevious, string VsYearBefore, string? MissingAmounts = null);
