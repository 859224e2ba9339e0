using System.Globalization;
using IcPerMed.Analytics.Exports;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class ExportColumnsTests
{
    [Fact]
    public void Money_is_rounded_half_away_from_zero_to_exactly_two_decimals()
    {
        var money = ExportColumns.Money("eur", [0.125m, -0.125m, -1234.5m, 7m, 2.3349m, null]);

        var text = Enumerable.Range(0, (int)money.Length)
            .Select(i => money[i]?.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(["0.13", "-0.13", "-1234.50", "7.00", "2.33", null], text);
    }

    [Fact]
    public void Timestamps_are_held_in_UTC_at_the_same_instant()
    {
        var berlin = new DateTimeOffset(2024, 3, 5, 14, 7, 9, TimeSpan.FromHours(1));

        var column = ExportColumns.Timestamp("at", [berlin, null]);

        Assert.Equal(TimeSpan.Zero, column[0]!.Value.Offset);
        Assert.Equal(new DateTime(2024, 3, 5, 13, 7, 9), column[0]!.Value.DateTime);
        Assert.Null(column[1]);
    }

    [Fact]
    public void Dates_keep_nulls_and_their_count()
    {
        var column = ExportColumns.Date("start", [new DateOnly(2024, 1, 31), null, new DateOnly(2024, 2, 29)]);

        Assert.Equal(3, column.Length);
        Assert.Equal(1, column.NullCount);
        Assert.Equal(new DateOnly(2024, 2, 29), column[2]);
    }
}
