using IcPerMed.Ingestion.Sources.Cordis;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Sources.Cordis;

/// <summary>The quick reading of a plain yyyy-MM-dd agrees with the general one on the dates around its edges.</summary>
public sealed class CordisDateTests
{
    [Theory]
    [InlineData("2024-02-29", "2024-02-29")]
    [InlineData("0001-01-01", "0001-01-01")]
    [InlineData("9999-12-31", "9999-12-31")]
    [InlineData("2024-01-05 13:45:00", "2024-01-05")]
    [InlineData("2024-01-05T13:45:00", "2024-01-05")]
    public void Reads_a_date(string text, string expected)
    {
        Assert.True(CordisValues.TryDate(text, out var value, out var error), error);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd"), value);
    }

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("2024-00-10")]
    [InlineData("2024-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-015")]
    [InlineData("2024/01/15")]
    [InlineData("2024-0a-15")]
    public void Refuses_a_text_that_is_not_a_date_with_the_usual_message(string text)
    {
        Assert.False(CordisValues.TryDate(text, out var value, out var error));
        Assert.Null(value);
        Assert.Equal($"'{text}' is not a date (expected yyyy-MM-dd)", error);
    }
}
