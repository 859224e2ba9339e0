using System.Globalization;

namespace IcPerMed.Analytics.Snapshots;

/// <summary>
/// One move in PM funding between two snapshots, as a committee member says it: "PM funding for Bringing Innovation
/// to the Market (c4) in Germany rose EUR 3.1 m, +12 %, to EUR 28.9 m". Codes are kept beside the names for scripts.
/// </summary>
/// <param name="Challenge">c1 .. c5 or none; null when the change is not about one challenge.</param>
/// <param name="Country">ISO 3166 alpha-2 code or 'unknown'; null when not about one country.</param>
/// <param name="Funder">Funder id; null when not about one funder.</param>
/// <param name="Subject">What moved, in words: "for Bringing Innovation to the Market (c4) in Germany".</param>
/// <param name="Before">The earlier amount, EUR (apportioned: each grant split across its challenges and countries).</param>
/// <param name="After">The later amount, EUR.</param>
/// <param name="FunderNote">When the change came wholly from one funder (its move was the same): that funder's name.</param>
/// <param name="Where">For PM funding overall: where all of the change was, when one move was all of it ("in Germany").</param>
public sealed record ChangeSentence(string? Challenge, string? Country, string? Funder, string Subject, decimal Before, decimal After,
    string? FunderNote = null, string? Where = null)
{
    public decimal Change => After - Before;

    /// <summary>The subject with its funder: "for Bringing Innovation to the Market (c4) in Germany from European Commission".</summary>
    public string FullSubject => FunderNote is null ? Subject : $"{Subject} from {FunderNote}";

    /// <summary>The change against the earlier amount in %, one decimal; null when there was nothing before.</summary>
    public decimal? Percent => Before == 0 ? null : Math.Round(Change / Before * 100m, 1, MidpointRounding.AwayFromZero);

    public string Text
    {
        get
        {
            var verb = Change > 0 ? "rose" : "fell";
            var percent = Percent is { } p ? ", " + PercentText(p) : "";
            var to = After == 0 ? "to nothing" : Before == 0 ? $"from nothing to {Eur(After)}" : $"to {Eur(After)}";
            var amount = Before == 0 ? "" : $" {Eur(Math.Abs(Change))}{percent},";
            var all = Where is not null ? $", all {Where}" : FunderNote is not null ? $", all from {FunderNote}" : "";
            return $"PM funding {Subject} {verb}{amount} {to}{all}.";
        }
    }

    /// <summary>EUR in millions with one decimal from a million up, else to the euro: "EUR 3.1 m", "EUR 70,000".</summary>
    public static string Eur(decimal value) => Math.Abs(value) >= 1_000_000m
        ? "EUR " + (value / 1_000_000m).ToString("N1", CultureInfo.InvariantCulture) + " m"
        : "EUR " + value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>"+12 %", "+1.9 %", "−100 %": whole percent from 10 up, one decimal below.</summary>
    public static string PercentText(decimal percent)
    {
        var sign = percent > 0 ? "+" : percent < 0 ? "−" : "±";
        var size = Math.Abs(percent);
        return sign + size.ToString(size >= 10 ? "N0" : "N1", CultureInfo.InvariantCulture) + " %";
    }
}
