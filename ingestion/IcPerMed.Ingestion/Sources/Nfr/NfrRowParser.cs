using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcPerMed.Analytics.Model;
using C = IcPerMed.Ingestion.Sources.Nfr.NfrColumns;

namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>
/// Checks one row and reads its values. A row that fails is quarantined whole: it adds no participation and no
/// money to its project. Empty contract dates are allowed (one real row, grant 101030479, has none); dates that are
/// there must parse, and the end may not precede the start.
/// </summary>
internal static class NfrRowParser
{
    /// <summary>"ukjent" is Norwegian for "unknown": the file's placeholder for an unidentified organisation.</summary>
    private const string Unknown = "ukjent";

    public static bool TryParse(NfrRow row, [NotNullWhen(true)] out NfrParticipationRow? parsed, [NotNullWhen(false)] out NfrRowProblem? problem)
    {
        parsed = null;
        var grant = row[C.ProjectNumber];
        if (grant is null)
            return Fail(C.ProjectNumber, "missing grant id (Prosjektnr)", out problem);
        if (!grant.All(char.IsAsciiDigit))
            return Fail(C.ProjectNumber, $"'{grant}' is not an EU grant agreement number (digits only)", out problem);
        if (!TryDate(row, C.ContractStart, out var start, out problem) || !TryDate(row, C.ContractEnd, out var end, out problem))
            return false;
        if (start is { } s && end is { } e && e < s)
            return Fail(C.ContractEnd, $"the contract ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})", out problem);
        if (!TryAmount(row[C.GrantEur], out var amount, out var amountReason))
            return Fail(C.GrantEur, amountReason, out problem);
        var name = row[C.OrganisationName];
        if (name is null)
            return Fail(C.OrganisationName, "missing organisation name", out problem);
        int? order = null;
        if (row[C.ParticipantNumber] is { } number)
        {
            if (!int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                return Fail(C.ParticipantNumber, $"'{number}' is not a participant number", out problem);
            order = n;
        }

        var project = new NfrProjectFields(grant, row[C.ProjectAcronym], row[C.ProjectTitle], row[C.ContractStatus], start, end,
            row[C.FrameworkProgramme], row[C.ProgrammeCode] ?? row[C.ProgrammeAreaCode] ?? row[C.Treaty],
            row[C.Call], row[C.TopicCode], row[C.TypeOfAction]);
        var role = row[C.OrganisationRole]?.ToLowerInvariant() ?? "unknown";
        parsed = new NfrParticipationRow(project, OrganisationKeyOf(row, name, grant, order), name, role, order, amount, row);
        problem = null;
        return true;
    }

    private static string OrganisationKeyOf(NfrRow row, string name, string grant, int? order)
    {
        if (row[C.OrganisationNumber] is { } orgnr)
            return "no-orgnr:" + orgnr;
        // Three real rows name no organisation ("ukjent", no number) in three different grants: one shared
        // "UKJENT|NO" key would merge unrelated participants into one organisation, so each gets its own.
        if (name.Equals(Unknown, StringComparison.OrdinalIgnoreCase))
            return $"no-unknown:{grant}:{order?.ToString(CultureInfo.InvariantCulture) ?? row.Origin.Line.ToString(CultureInfo.InvariantCulture)}";
        return OrganisationKey.Derive(name, "NO");
    }

    private static bool TryDate(NfrRow row, string column, out DateOnly? date, [NotNullWhen(false)] out NfrRowProblem? problem)
    {
        date = null;
        problem = null;
        if (row[column] is not { } text)
            return true;
        if (!NfrDates.TryParse(text, out var value))
            return Fail(column, $"'{text}' is not a date (dd.mm.yyyy HH:MM)", out problem);
        date = value;
        return true;
    }

    // An empty amount is a participant without money (as CORDIS lists associated partners), not a broken row: it is
    // kept and counts as 0; the project's share is "not stated" only when no Norwegian participant states one.
    private static bool TryAmount(string? text, out decimal? amount, out string reason)
    {
        amount = null;
        reason = string.Empty;
        if (text is null)
            return true;
        if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                     CultureInfo.InvariantCulture, out var parsed))
            reason = $"'{text}' is not a number (the file uses a decimal point)";
        else if (parsed < 0)
            reason = $"negative amount {text}";
        else
            // The file carries float artefacts ("626199.99999984"): the EC grants whole cents.
            amount = Math.Round(parsed, 2, MidpointRounding.AwayFromZero);
        return reason.Length == 0;
    }

    private static bool Fail(string field, string reason, out NfrRowProblem problem)
    {
        problem = new NfrRowProblem(field, reason);
        return false;
    }
}
