using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Emails;

public static partial class QuarterlyKpiEmail
{
    private static string Text(QuarterlyKpiEmailInput input, Subscriber subscriber, IReadOnlyList<EmailKpiLine> lines,
        IReadOnlyList<SnapshotChange> changes, string reason)
    {
        var text = new StringBuilder();
        var snapshot = input.Snapshot;
        text.Append(subscriber.Name.Length == 0 ? "Hello," : $"Dear {subscriber.Name},").Append("\n\n")
            .Append($"these are the ICPerMed personalised-medicine funding KPIs of {snapshot.Quarter}.\n")
            .Append($"Money: {ChartWords.Money}.\n\n");
        foreach (var line in lines)
            text.Append($"* {line.Name}: {line.Value}\n    {line.VsPrevious}\n    {line.VsYearBefore}\n");
        text.Append('\n');
        if (input.Previous is null)
            text.Append($"What changed: there is no snapshot of {snapshot.Quarter.Previous} to compare with.\n");
        else
        {
            text.Append(changes.Count == 0 ? $"What changed since {snapshot.Quarter.Previous}: nothing in your KPIs.\n"
                : $"What changed since {snapshot.Quarter.Previous} (snapshot {input.Previous.Id}):\n");
            foreach (var change in changes.Take(ChangesShown))
                text.Append(Wrap($"- {ChangeText(change)}", "  ")).Append('\n');
            if (changes.Count > ChangesShown)
                text.Append(CultureInfo.InvariantCulture, $"- and {changes.Count - ChangesShown} more: see the dashboard\n");
        }
        text.Append($"\nCharts and every number of this snapshot: {input.SnapshotLink}\n\n")
            .Append(Wrap(reason, "")).Append('\n')
            .Append(CultureInfo.InvariantCulture, $"\n-- \nSnapshot {snapshot.Id} of {snapshot.Quarter}, taken {snapshot.TakenAt.ToUniversalTime():yyyy-MM-dd HH:mm} UTC, sha256 {snapshot.ContentHash[..16]}.\n")
            .Append("To change or end your subscription, reply to this email.\n");
        return text.ToString();
    }

    /// <summary>Mail clients show plain text as sent: lines wrap at 76 between words (a URL is never split), later lines indented.</summary>
    private static string Wrap(string paragraph, string indent)
    {
        const int width = 76;
        var wrapped = new StringBuilder();
        var line = 0;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line > 0 && line + 1 + word.Length > width)
            {
                wrapped.Append('\n').Append(indent);
                line = indent.Length;
            }
            else if (line > 0)
            {
                wrapped.Append(' ');
                line++;
            }
            wrapped.Append(word);
            line += word.Length;
        }
        return wrapped.ToString();
    }
}
