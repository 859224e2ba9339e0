using IcPerMed.Analytics.Exports;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class SpreadsheetFormulaTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")")]
    [InlineData("+1+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\t=1+1")]
    [InlineData("\r=1+1")]
    public void Puts_a_quote_before_text_that_starts_like_a_formula(string value) =>
        Assert.Equal("'" + value, SpreadsheetFormula.Neutralise(value));

    [Theory]
    [InlineData("")]
    [InlineData("Universitätsklinikum Köln")]
    [InlineData("1-2")]
    [InlineData("'=already text")]
    // OWASP looks at the first character only; spreadsheets read a cell that starts with a space as text.
    [InlineData(" =1+1")]
    [InlineData("\n=1+1")]
    public void Leaves_other_text_as_it_is(string value) =>
        Assert.Same(value, SpreadsheetFormula.Neutralise(value));

    [Fact]
    public void Lists_exactly_the_OWASP_characters() =>
        Assert.Equal(['=', '+', '-', '@', '\t', '\r'], SpreadsheetFormula.TriggerCharacters.ToCharArray());
}
