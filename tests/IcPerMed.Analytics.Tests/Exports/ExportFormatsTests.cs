using IcPerMed.Analytics.Exports;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class ExportFormatsTests
{
    [Theory]
    [InlineData("csv", ExportFormat.Csv)]
    [InlineData("CSV", ExportFormat.Csv)]
    [InlineData("Json", ExportFormat.Json)]
    [InlineData(" parquet ", ExportFormat.Parquet)]
    [InlineData("PARQUET", ExportFormat.Parquet)]
    public void Parses_a_format_name_in_any_case(string text, ExportFormat expected) =>
        Assert.Equal(expected, ExportFormats.Parse(text));

    [Theory]
    [InlineData("xlsx")]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("Csv, Json")]
    public void Rejects_an_unknown_name_with_a_message_listing_the_valid_ones(string text)
    {
        var error = Assert.Throws<ArgumentException>(() => ExportFormats.Parse(text));

        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
        Assert.Contains("csv, json, parquet", error.Message, StringComparison.Ordinal);
        Assert.Equal("text", error.ParamName);
    }

    [Theory]
    [InlineData(ExportFormat.Csv, ".csv", "text/csv; charset=utf-8")]
    [InlineData(ExportFormat.Json, ".json", "application/json")]
    [InlineData(ExportFormat.Parquet, ".parquet", "application/vnd.apache.parquet")]
    public void Names_the_extension_and_media_type_of_each_format(ExportFormat format, string extension, string contentType)
    {
        Assert.Equal(extension, ExportFormats.Extension(format));
        Assert.Equal(contentType, ExportFormats.ContentType(format));
        Assert.Equal(format, ExportFormats.Parse(extension.TrimStart('.')));
    }
}
