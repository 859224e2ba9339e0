using IcPerMed.Analytics.Exports;
using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Tests.Exports;

/// <summary>
/// A small export with every column type, the OWASP formula openers, RFC 4180 specials, non-ASCII and nulls.
/// The expected cells are written out by hand in <see cref="CsvCells"/>; the other formats' tests check the same rows.
/// </summary>
internal static class ExportSample
{
    public const string Formula = "=HYPERLINK(\"http://evil\",\"x\")";
    public const string Arithmetic = "-2+3";
    public const string AtFunction = "@SUM(A1)";
    public const string Plain = "Cancer, \"precision\" care\nsecond line";
    public const string NonAscii = "Universitätsklinikum Köln";

    /// <summary>Beyond 2^53: a reader that goes through double would get ...992.</summary>
    public const long BigCount = 9_007_199_254_740_993;

    public static readonly string[] ColumnNames =
        ["title", "funding_eur", "participants", "partner_rank", "pm_score", "is_pm", "start_date", "harvested_at"];

    public static DataFrame Frame() => new(
        ExportColumns.Text("title", [Formula, Arithmetic, AtFunction, Plain, NonAscii, null]),
        ExportColumns.Money("funding_eur", [1234567.89m, -1234.5m, 0m, null, 0.125m, 42m]),
        ExportColumns.Count("participants", [3, null, 0, BigCount, -1, null]),
        new Int32DataFrameColumn("partner_rank", [1, 2, null, 4, 5, null]),
        ExportColumns.Number("pm_score", [0.25, null, -0.5, 1.0 / 3.0, double.NaN, null]),
        ExportColumns.Flag("is_pm", [true, false, null, true, false, null]),
        ExportColumns.Date("start_date", [new(2024, 1, 31), null, new(1999, 12, 31), new(2025, 2, 28), new(2024, 2, 29), null]),
        ExportColumns.Timestamp("harvested_at", [
            new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.FromHours(1)),
            null,
            new DateTimeOffset(2024, 12, 31, 23, 59, 59, TimeSpan.Zero),
            new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.FromHours(-5)),
            new DateTimeOffset(2024, 6, 1, 12, 0, 0, TimeSpan.Zero),
            null]));

    /// <summary>
    /// Each row's cells as a CSV reader returns them: neutralised text, money with two decimals (0.125 rounded to
    /// 0.13), the shortest round-trip double, NaN and null as empty, timestamps moved to UTC.
    /// </summary>
    public static readonly string[][] CsvCells =
    [
        ["'" + Formula, "1234567.89", "3", "1", "0.25", "true", "2024-01-31", "2024-03-05T13:07:09Z"],
        ["'" + Arithmetic, "-1234.50", "", "2", "", "false", "", ""],
        ["'" + AtFunction, "0.00", "0", "", "-0.5", "", "1999-12-31", "2024-12-31T23:59:59Z"],
        [Plain, "", "9007199254740993", "4", "0.3333333333333333", "true", "2025-02-28", "2025-01-01T05:00:00Z"],
        [NonAscii, "0.13", "-1", "5", "", "false", "2024-02-29", "2024-06-01T12:00:00Z"],
        ["", "42.00", "", "", "", "", "", ""],
    ];
}
