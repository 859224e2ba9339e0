using System.Text.RegularExpressions;

namespace IcPerMed.Analytics.Classification;

/// <summary>
/// Turns a source's <c>programme_or_topic</c> into classifier signals: <c>topic:</c> + each ';'-separated code, plus coarse
/// prefixes that several calls share, because one call topic has too few projects to learn from while its destination
/// (HORIZON-HLTH-*-CARE-* for health systems, *-IND-* for industry, ...) does (shared/data/FORMATS.md §1.4).
/// </summary>
public static partial class ProgrammeSignals
{
    public const string Topic = "topic:";
    public const string TopicPrefix = "topicprefix:";
    public const string TopicFamily = "topicfamily:";

    /// <summary>Signals of one <c>programme_or_topic</c> value; empty for null or blank.</summary>
    public static IReadOnlyList<string> FromProgrammeOrTopic(string? programmeOrTopic) =>
        string.IsNullOrWhiteSpace(programmeOrTopic) ? [] : Expand([Topic + programmeOrTopic]);

    /// <summary>
    /// Splits every <c>topic:</c> signal at ';' and adds its prefixes; other signals (euroSciVoc, health categories)
    /// pass unchanged. Idempotent, so the model can expand whatever a caller built, and ordered (ordinal, no duplicates).
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> signals)
    {
        var expanded = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var signal in signals)
        {
            if (string.IsNullOrWhiteSpace(signal))
                continue;
            if (!signal.StartsWith(Topic, StringComparison.Ordinal))
            {
                expanded.Add(Clean(signal));
                continue;
            }
            foreach (var part in signal[Topic.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var code = Clean(part);
                expanded.Add(Topic + code);
                foreach (var coarse in Coarse(code))
                    expanded.Add(coarse);
            }
        }
        return [.. expanded];
    }

    /// <summary>Prefix and family signals of one topic code (HORIZON-HLTH-2024-CARE-08-01, SC1-PM-08-2017, PHC-11-2015, ...).</summary>
    public static IEnumerable<string> Coarse(string code)
    {
        if (HealthTopic().Match(code) is { Success: true } health)
        {
            yield return TopicPrefix + "HORIZON-HLTH";
            yield return TopicPrefix + $"HORIZON-HLTH-{health.Groups[1].Value}-{health.Groups[2].Value}";
            yield return TopicFamily + health.Groups[2].Value;
        }
        else if (JointUndertakingTopic().Match(code) is { Success: true } ju)
        {
            yield return TopicPrefix + "HORIZON-JU-" + ju.Groups[1].Value;
        }
        else if (HorizonTopic().Match(code) is { Success: true } horizon)
        {
            yield return TopicPrefix + "HORIZON-" + horizon.Groups[1].Value;
            yield return TopicPrefix + $"HORIZON-{horizon.Groups[1].Value}-{horizon.Groups[2].Value}-{horizon.Groups[3].Value}";
        }
        else if (SocietalChallengeOneTopic().Match(code) is { Success: true } sc1)
        {
            // PHC-* (2014-2015) and SC1-PM/BHC/DTH/HCO-* (2016-2020) are all H2020 Societal Challenge 1.
            yield return TopicPrefix + "H2020-SC1";
            yield return TopicPrefix + (sc1.Groups[1].Success ? "SC1-" + sc1.Groups[1].Value : "PHC");
        }
    }

    private static string Clean(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ').Trim();

    [GeneratedRegex(@"^HORIZON-HLTH-(\d{4})-([A-Za-z]+)-", RegexOptions.CultureInvariant)]
    private static partial Regex HealthTopic();

    [GeneratedRegex(@"^HORIZON-JU-([A-Za-z0-9]+)-", RegexOptions.CultureInvariant)]
    private static partial Regex JointUndertakingTopic();

    [GeneratedRegex(@"^HORIZON-([A-Za-z0-9]+)-(\d{4})-([A-Za-z0-9]+)", RegexOptions.CultureInvariant)]
    private static partial Regex HorizonTopic();

    [GeneratedRegex(@"^(?:SC1-([A-Z]+)-|PHC-\d)", RegexOptions.CultureInvariant)]
    private static partial Regex SocietalChallengeOneTopic();
}
