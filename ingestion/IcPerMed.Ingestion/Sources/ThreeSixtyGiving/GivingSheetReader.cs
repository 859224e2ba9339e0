using System.Runtime.CompilerServices;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Spreadsheets;
using C = IcPerMed.Ingestion.Sources.ThreeSixtyGiving.GivingColumns;

namespace IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

/// <summary>The spreadsheet form (CSV, or the "grants" sheet of an XLSX): one grant per row, columns by title.</summary>
internal static class GivingSheetReader
{
    /// <exception cref="Harvesting.SourceFormatException">A required column is missing.</exception>
    public static async IAsyncEnumerable<GivingGrant> ReadAsync(ISheet sheet, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var columns = new SheetColumns(sheet.Name, sheet.Header);
        columns.Require(C.Required);
        await foreach (var row in sheet.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            string? Get(string title) => columns.Get(row, title);
            yield return new GivingGrant
            {
                FromJson = false,
                Origin = new RecordOrigin(sheet.Name, row.Line),
                Raw = row.Raw,
                Malformed = row.Malformed,
                Id = Get(C.Identifier),
                Title = Get(C.Title),
                Description = Get(C.Description),
                Currency = Get(C.Currency),
                AmountAwarded = Get(C.AmountAwarded),
                AwardDate = Get(C.AwardDate),
                PlannedStart = Get(C.PlannedStart),
                PlannedEnd = Get(C.PlannedEnd),
                RecipientId = Get(C.RecipientId),
                RecipientName = Get(C.RecipientName),
                RecipientCountry = Get(C.RecipientCountry),
                RecipientCity = Get(C.RecipientCity),
                FunderId = Get(C.FunderId),
                FunderName = Get(C.FunderName),
                ProgrammeCode = Get(C.ProgrammeCode),
                ProgrammeTitle = Get(C.ProgrammeTitle),
            };
        }
    }
}
