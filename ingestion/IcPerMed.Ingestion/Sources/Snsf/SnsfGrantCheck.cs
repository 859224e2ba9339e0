using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using V = IcPerMed.Ingestion.Sources.Snsf.SnsfValues;

namespace IcPerMed.Ingestion.Sources.Snsf;

/// <summary>
/// Checks one grant: an id that is a grant number, a title, an amount that is a non-negative JSON number, dates that
/// parse (both may be absent), an end not before the start, and an amount in CHF the ECB rates convert on the start
/// date. The file states no currency: SNSF grants are in CHF (shared/data/snsf-switzerland/SOURCE.md).
/// </summary>
internal static class SnsfGrantCheck
{
    public const string Currency = "CHF";

    public static bool TryCheck(SnsfGrant grant, EurConverter converter, [NotNullWhen(true)] out SnsfCheckedGrant? result,
        [NotNullWhen(false)] out SnsfProblem? problem)
    {
        result = null;
        problem = grant switch
        {
            { Id: null } => new(V.Id, "the grant has no id"),
            { Id: { } id } when !V.IsGrantNumber(id) => new(V.Id, $"'{id}' is not an SNSF grant number (digits only)"),
            { Title: null } => new(V.Title, "the grant has no title"),
            { Amount: null } => new(V.Amount, "the grant has no amount"),
            { AmountIsNumber: false } => new(V.Amount, $"'{grant.Amount}' is not a JSON number"),
            _ => null,
        };
        if (problem is not null)
            return false;
        if (!V.TryParseAmount(grant.Amount!, out var amount))
            return Fail(V.Amount, $"'{grant.Amount}' is not a number", out problem);
        if (amount < 0)
            return Fail(V.Amount, $"negative amount {grant.Amount}", out problem);
        if (!TryDate(grant.StartDate, V.StartDate, out var start, out problem) || !TryDate(grant.EndDate, V.EndDate, out var end, out problem))
            return false;
        if (start is { } s && end is { } e && e < s)
            return Fail(V.EndDate, $"the grant ends ({e:yyyy-MM-dd}) before it starts ({s:yyyy-MM-dd})", out problem);
        // Whole francs in the file; a fraction of a centime would not survive the warehouse's cents anyway.
        var chf = Math.Round(amount, 2, MidpointRounding.AwayFromZero);
        if (!converter.TryConvert(chf, Currency, start, out var funding, out var error))
            return Fail(V.StartDate, error, out problem);
        result = new SnsfCheckedGrant(grant.Id!, funding, start, end);
        return true;
    }

    private static bool TryDate(string? text, string field, out DateOnly? date, [NotNullWhen(false)] out SnsfProblem? problem)
    {
        date = null;
        problem = null;
        if (text is null)
            return true;
        if (!V.TryParseDate(text, out var day))
            return Fail(field, $"'{text}' is not a date (yyyy-mm-dd, optionally with a time: 2024-08-01T00:00:00Z)", out problem);
        date = day;
        return true;
    }

    private static bool Fail(string field, string reason, out SnsfProblem problem)
    {
        problem = new SnsfProblem(field, reason);
        return false;
    }
}

/// <summary>A checked grant: its number, its CHF amount with EUR at the start date, and its dates.</summary>
internal sealed record SnsfCheckedGrant(string Id, Money Funding, DateOnly? Start, DateOnly? End);

/// <summary>Why a grant was quarantined: the key to blame and the reason in an analyst's words.</summary>
internal sealed record SnsfProblem(string? Field, string Reason);
