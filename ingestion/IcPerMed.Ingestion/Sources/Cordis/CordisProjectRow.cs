using System.Diagnostics.CodeAnalysis;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>Reads and checks the project fields of a project row, for both editions of the project table.</summary>
internal static class CordisProjectRow
{
    /// <summary>
    /// The project of the row, or the quarantine record that says which field is wrong: a missing or non-numeric id,
    /// a date that is not yyyy-MM-dd, an end before the start, a negative or unreadable amount.
    /// </summary>
    public static bool TryRead(CordisRow row, CordisProjectColumns columns, CordisMapping mapping,
        [NotNullWhen(true)] out Project? project, [NotNullWhen(false)] out QuarantinedRecord? problem)
    {
        project = null;
        var id = row[columns.Id];
        if (id is null)
            return Fail(row, "id", "missing id", null, out problem);
        if (!CordisValues.IsId(id))
            return Fail(row, "id", $"id '{id}' is not a number (CORDIS ids are grant agreement numbers)", id, out problem);
        if (!CordisValues.TryDate(row[columns.StartDate], out var start, out var error))
            return Fail(row, "startDate", error, id, out problem);
        if (!CordisValues.TryDate(row[columns.EndDate], out var end, out error))
            return Fail(row, "endDate", error, id, out problem);
        if (start > end)
            return Fail(row, "endDate", $"end {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}", id, out problem);
        if (!TryMoney(row, columns.TotalCost, start, mapping, out var totalCost, out error))
            return Fail(row, "totalCost", error, id, out problem);
        if (!TryMoney(row, columns.EcMaxContribution, start, mapping, out var funding, out error))
            return Fail(row, "ecMaxContribution", error, id, out problem);

        project = new Project
        {
            Source = CordisConnector.SourceName,
            SourceId = id,
            Acronym = row[columns.Acronym],
            Title = row[columns.Title],
            Abstract = row[columns.Objective],
            Status = row[columns.Status],
            StartDate = start,
            EndDate = end,
            FunderId = CordisConnector.EuropeanCommission.Id,
            Framework = row[columns.Framework],
            Programme = row[columns.Programme],
            Call = row[columns.MasterCall] ?? row[columns.SubCall],
            Topic = row[columns.Topic],
            FundingScheme = row[columns.FundingScheme],
            Funding = funding,
            TotalCost = totalCost,
            RecordPage = CordisSource.RecordPage(id),
            RawHash = row.Hash(),
            Origin = row.Origin,
        };
        problem = null;
        return true;
    }

    // Amounts are converted at the project's start date; for EUR that only stamps rate 1.
    private static bool TryMoney(CordisRow row, int? column, DateOnly? date, CordisMapping mapping,
        out Money? money, [NotNullWhen(false)] out string? error)
    {
        money = null;
        return CordisValues.TryAmount(row[column], out var amount, out error)
            && mapping.TryEur(amount, date, out money, out error);
    }

    private static bool Fail(CordisRow row, string field, string reason, string? id, out QuarantinedRecord problem)
    {
        problem = row.Quarantine(field, reason, id);
        return false;
    }
}
