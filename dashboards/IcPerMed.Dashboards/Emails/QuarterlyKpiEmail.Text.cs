using System.Globalization;
using System.Text;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Charts;

namespace IcPerMed.Dashboards.Emails;

public static partial class QuarterlyKpiEmail
{
    private static string Text(QuarterlyKpiEmailInput input, Subscriber subscriber, IReadOnlyList<EmailKpiLine> lines,
        SnapshotChanges changes, string reason)
    {
        var text = new StringBuilder();
        var snapshot = input.Snapshot;
        text.Append(subscriber.Name.Length == 0 ? "Hello," : $"Dear {subscriber.Name},").Append("\n\n")
            .Append($"these are the ICPerMed personalised-medicine funding KPIs of {snapshot.Quarter}.\n")
            .Append($"Money: {ChartWords.Money}.\n\n");
        text.Append(Wrap(changes.Summary, "")).Append('\n');
        if (input.Previous is not null && input.YearBefore is null)
            text.Append($"There is no snapshot of {snapshot.Quarter.SameQuarterLastYear} (a year earlier) to compare with.\n");
        text.Append('\n');
        foreach (var line in lines)
        {
            text.Append($"* {line.Name}: {line.Value}\n");
            if (line.MissingAmounts is { } missing)
                text.Append($"    {missing}\n");
            foreach (var delta in new[] { line.VsPrevious, line.VsYearBefore }.Where(d => d.Length > 0))
                text.Append($"    {delta}\n");
        }
        if (input.Previous is not null)
        {
            text.Append('\n').Append(changes.Movers.Count == 0 ? Wrap($"What changed: {changes.NothingMoved}", "") : "What changed:").Append('\n');
            foreach (var move in changes.Top(ChangesShown))
                text.Append(Wrap($"- {move.Text}", "  ")).Append('\n');
            if (changes.NotShown(ChangesShown) > 0)
                text.Append(CultureInfo.InvariantCulture, $"- and {changes.NotShown(ChangesShown)} smaller moves: see the dashboard\n");
            if (changes.Basis.Count > 0)
                text.Append(Wrap("What the numbers rest on changed: " + string.Join("; ", changes.Basis) + ".", "")).Append('\n');
        }
        text.Append($"\nCharts and every number of this snapshot: {input.SnapshotLink}\n\n")
            .Append(Wrap(reason, "")).Append('\n')
            .Append("\n-- \n").Append(Wrap(string.Create(CultureInfo.InvariantCulture,
                $"Numbers of {snapshot.Quarter} from {snapshot.Label()}, {snapshot.TakenAt.ToUniversalTime():HH:mm} UTC, sha256 {snapshot.ContentHash[..16]}."), "")).Append('\n')
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
