using System.Globalization;
using IcPerMed.Analytics.Email;

namespace IcPerMed.Dashboards.Emails;

public static partial class QuarterlyKpiEmail
{
    /// <summary>
    /// Whether the email is worth sending and why: without thresholds every quarter's is; with thresholds only when a
    /// thresholded KPI changed against the previous quarter by more than its threshold, or when there is nothing to
    /// measure against (no previous snapshot).
    /// </summary>
    public static EmailReason Reason(QuarterlyKpiEmailInput input, Subscriber subscriber)
    {
        var what = subscriber.Kpis.Count == 0 ? "the headline KPIs" : string.Join(", ", subscriber.Kpis.Select(id => EmailKpis.For(id).Name));
        var subscription = string.Create(CultureInfo.InvariantCulture,
            $"You receive this email because {subscriber.Email} subscribed on {subscriber.CreatedAt.ToUniversalTime():yyyy-MM-dd} to {what}");
        if (subscriber.Thresholds.Count == 0)
            return new(true, subscription + " without thresholds, so it comes every quarter.");
        var previous = input.Snapshot.Quarter.Previous;
        if (input.Previous is null)
            return new(true, subscription + $" with thresholds; there is no snapshot of {previous} to measure them against, so it was sent.");
        var exceeded = new List<string>();
        foreach (var (id, threshold) in subscriber.Thresholds.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var headline = EmailKpis.For(id);
            if (EmailKpis.PercentChange(headline, input.Snapshot.Content, input.Previous.Content) is { } change && Math.Abs(change) > threshold)
                exceeded.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{headline.Name} changed by {(change >= 0 ? "+" : "−")}{Math.Abs(change):0.0} % against {previous}, more than your {threshold:0.##} % threshold"));
        }
        return exceeded.Count == 0
            ? new(false, subscription + $"; no KPI changed against {previous} by more than your thresholds.")
            : new(true, subscription + ": " + string.Join("; ", exceeded) + ".");
    }
}
