using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Currency;
using C = IcPerMed.Ingestion.Sources.Nhmrc.NhmrcColumns;

namespace IcPerMed.Ingestion.Sources.Nhmrc;

/// <summary>
/// Checks one row: an APP ID of digits, a title, a Total in dollars, years that are years (each may be "N/A"), an end
/// year not before the start year, a Date Announced that parses when given, and AUD the ECB rates convert on the start
/// (1 January of Start Yr) or, without a start year, on the day announced. The table states years only, so a project
/// runs from 1 January of its start year to 31 December of its end year: no precision is invented beyond the year.
/// </summary>
internal static class NhmrcGrantCheck
{
    public const string Currency = "AUD";

    public static bool TryCheck(NhmrcRow row, EurConverter converter, [NotNullWhen(true)] out NhmrcCheckedGrant? result,
        [NotNullWhen(false)] out NhmrcProblem? problem)
    {
        result = null;
        var id = row[C.AppId];
        if (id is null)
            return Fail(C.AppId, row.Written(C.AppId) is { } na ? $"the grant has no APP ID (the cell says '{na}')" : "the grant has no APP ID", out problem);
        if (!id.All(char.IsAsciiDigit))
            return Fail(C.AppId, $"'{id}' is not an NHMRC application id (digits only)", out problem);
        if (row[C.Title] is null)
            return Fail(C.Title, "the grant has no title", out problem);
        if (row[C.Total] is not { } total)
            return Fail(C.Total, "the grant has no Total", out problem);
        if (!NhmrcValues.TryParseAmount(total, out var amount))
            return Fail(C.Total, $"'{total}' is not an amount in dollars (e.g. $6,421,722)", out problem);
        if (!TryYear(row, C.StartYear, out var startYear, out problem) || !TryYear(row, C.EndYear, out var endYear, out problem))
            return false;
        if (startYear is { } s && endYear is { } e && e < s)
            return Fail(C.EndYear, $"the grant ends ({e}) before it starts ({s})", out problem);
        DateOnly? announced = null;
        if (row[C.DateAnnounced] is { } written)
        {
            if (!NhmrcValues.TryParseAnnounced(written, out var day))
                return Fail(C.DateAnnounced, $"'{written}' is not a date (dd-Mmm-yy, e.g. 07-Aug-15)", out problem);
            announced = day;
        }

        DateOnly? start = startYear is { } sy ? new DateOnly(sy, 1, 1) : null;
        DateOnly? end = endYear is { } ey ? new DateOnly(ey, 12, 31) : null;
        if (!converter.TryConvert(amount, Currency, start ?? announced, out var funding, out var error))
            return Fail(start is null && announced is not null ? C.DateAnnounced : C.StartYear, error, out problem);
        result = new NhmrcCheckedGrant(id, funding, start, end);
        problem = null;
        return true;
    }

    private static bool TryYear(NhmrcRow row, string column, out int? year, [NotNullWhen(false)] out NhmrcProblem? problem)
    {
        year = null;
        problem = null;
        if (row[column] is not { } text)
            return true;
        if (!NhmrcValues.TryParseYear(text, out var value))
            return Fail(column, $"'{text}' is not a year (four digits, or N/A)", out problem);
        year = value;
        return true;
    }

    private static bool Fail(string field, string reason, out NhmrcProblem problem)
    {
        problem = new NhmrcProblem(field, reason);
        return false;
    }
}

/// <summary>A checked grant: its APP ID, AUD amount with EUR, and its years as days (1 January, 31 December).</summary>
internal sealed record NhmrcCheckedGrant(string Id, Money Funding, DateOnly? Start, DateOnly? End);

/// <summary>Why a row was quarantined: the column to blame (none for a malformed row) and the reason.</summary>
internal sealed record NhmrcProblem(string? Field, string Reason);
