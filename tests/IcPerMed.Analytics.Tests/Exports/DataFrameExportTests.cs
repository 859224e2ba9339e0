using System.Text;
using IcPerMed.Analytics.Exports;
using Microsoft.Data.Analysis;
using Parquet;
using Xunit;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class DataFrameExportTests
{
    public static TheoryData<ExportFormat> Formats => new(Enum.GetValues<ExportFormat>());

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Writes_each_format_to_a_stream_that_cannot_seek_and_leaves_it_open(ExportFormat format)
    {
        var output = new WriteOnlyStream();

        await DataFrameExport.WriteAsync(ExportSample.Frame(), format, output, TestContext.Current.CancellationToken);

        Assert.False(output.IsDisposed);
        var bytes = output.Written;
        var (start, end) = format switch
        {
            ExportFormat.Csv => ("\uFEFFtitle,funding_eur,", "\r\n"),
            ExportFormat.Json => ("[{\"title\":", "}]"),
            _ => ("PAR1", "PAR1"),
        };
        Assert.StartsWith(start, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
        Assert.EndsWith(end, Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Refuses_a_column_it_cannot_type_before_writing_anything(ExportFormat format)
    {
        var frame = new DataFrame(
            ExportColumns.Text("title", ["a"]),
            new DateTimeDataFrameColumn("start", [new DateTime(2024, 1, 31)]));
        var output = new WriteOnlyStream();

        var error = await Assert.ThrowsAsync<NotSupportedException>(
            () => DataFrameExport.WriteAsync(frame, format, output, TestContext.Current.CancellationToken));

        Assert.Contains("'start'", error.Message, StringComparison.Ordinal);
        Assert.Contains("DateTimeDataFrameColumn", error.Message, StringComparison.Ordinal);
        Assert.Empty(output.Written);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task A_cancelled_export_stops_with_OperationCanceledException(ExportFormat format)
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => DataFrameExport.WriteAsync(ExportSample.Frame(), format, new MemoryStream(), cancelled.Token));
    }

    [Fact]
    public async Task An_empty_frame_writes_just_the_header_an_empty_array_or_a_schema()
    {
        var frame = new DataFrame(ExportColumns.Text("title", []), ExportColumns.Money("eur", []));
        using var csv = new MemoryStream();
        using var json = new MemoryStream();
        using var parquet = new MemoryStream();

        await DataFrameExport.WriteAsync(frame, ExportFormat.Csv, csv, TestContext.Current.CancellationToken);
        await DataFrameExport.WriteAsync(frame, ExportFormat.Json, json, TestContext.Current.CancellationToken);
        await DataFrameExport.WriteAsync(frame, ExportFormat.Parquet, parquet, TestContext.Current.CancellationToken);

        Assert.Equal("\uFEFFtitle,eur\r\n", Encoding.UTF8.GetString(csv.ToArray()));
        Assert.Equal("[]", Encoding.UTF8.GetString(json.ToArray()));
        parquet.Position = 0;
        await using var reader = await ParquetReader.CreateAsync(parquet, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(0, reader.RowGroupCount);
        Assert.Equal(["title", "eur"], reader.Schema.DataFields.Select(field => field.Name));
    }
}
