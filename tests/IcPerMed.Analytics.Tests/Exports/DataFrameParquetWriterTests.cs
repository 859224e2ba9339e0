using IcPerMed.Analytics.Exports;
using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;
using Xunit;
using PhysicalType = Parquet.Meta.Type;

namespace IcPerMed.Analytics.Tests.Exports;

public sealed class DataFrameParquetWriterTests
{
    private static readonly ParquetOptions ReadOptions = new() { UseDateOnlyTypeForDates = true };

    private static async Task<MemoryStream> WriteAsync(DataFrame frame)
    {
        var output = new MemoryStream();
        await DataFrameParquetWriter.WriteAsync(frame, output, TestContext.Current.CancellationToken);
        output.Position = 0;
        return output;
    }

    private static async Task<T?[]> ReadAsync<T>(ParquetReader reader, int group, string column) where T : struct
    {
        var rows = reader.OpenRowGroupReader(group);
        var values = new T?[rows.RowCount];
        await rows.ReadAsync<T>(reader.Schema.FindDataField(column), values, null, TestContext.Current.CancellationToken);
        return values;
    }

    private static async Task<string?[]> ReadTextAsync(ParquetReader reader, int group, string column)
    {
        var rows = reader.OpenRowGroupReader(group);
        var values = new string?[rows.RowCount];
        await rows.ReadAsync(reader.Schema.FindDataField(column), values!, null, TestContext.Current.CancellationToken);
        return values;
    }

    [Fact]
    public async Task The_schema_gives_each_column_its_Parquet_type()
    {
        await using var reader = await ParquetReader.CreateAsync(await WriteAsync(ExportSample.Frame()), ReadOptions,
            cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.DataFields;

        Assert.Equal(ExportSample.ColumnNames, fields.Select(f => f.Name));
        Assert.All(fields, field => Assert.True(field.IsNullable, field.Name));
        Assert.NotNull(fields[0].SchemaElement!.LogicalType!.STRING);
        var money = Assert.IsType<DecimalDataField>(fields[1]);
        Assert.Equal((18, 2), (money.Precision, money.Scale));
        Assert.Equal(PhysicalType.INT64, fields[2].SchemaElement!.Type);
        Assert.Equal(PhysicalType.INT32, fields[3].SchemaElement!.Type);
        Assert.Equal(PhysicalType.DOUBLE, fields[4].SchemaElement!.Type);
        Assert.Equal(PhysicalType.BOOLEAN, fields[5].SchemaElement!.Type);
        Assert.Equal(PhysicalType.INT32, fields[6].SchemaElement!.Type);
        Assert.NotNull(fields[6].SchemaElement!.LogicalType!.DATE);
        var timestamp = fields[7].SchemaElement!.LogicalType!.TIMESTAMP!;
        Assert.True(timestamp.IsAdjustedToUTC);
        Assert.NotNull(timestamp.Unit.MICROS);
    }

    [Fact]
    public async Task Reads_back_every_value_and_null()
    {
        await using var reader = await ParquetReader.CreateAsync(await WriteAsync(ExportSample.Frame()), ReadOptions,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(1, reader.RowGroupCount);
        Assert.Equal(6, reader.OpenRowGroupReader(0).RowCount);
        string?[] titles = [ExportSample.Formula, ExportSample.Arithmetic, ExportSample.AtFunction, ExportSample.Plain,
            ExportSample.NonAscii, null];
        Assert.Equal(titles, await ReadTextAsync(reader, 0, "title"));
        Assert.Equal([1234567.89m, -1234.50m, 0m, null, 0.13m, 42m], await ReadAsync<decimal>(reader, 0, "funding_eur"));
        Assert.Equal([3, null, 0, ExportSample.BigCount, -1, null], await ReadAsync<long>(reader, 0, "participants"));
        Assert.Equal([1, 2, null, 4, 5, null], await ReadAsync<int>(reader, 0, "partner_rank"));
        Assert.Equal([0.25, null, -0.5, 1.0 / 3.0, null, null], await ReadAsync<double>(reader, 0, "pm_score"));
        Assert.Equal([true, false, null, true, false, null], await ReadAsync<bool>(reader, 0, "is_pm"));
        Assert.Equal([new DateOnly(2024, 1, 31), null, new DateOnly(1999, 12, 31), new DateOnly(2025, 2, 28),
            new DateOnly(2024, 2, 29), null], await ReadAsync<DateOnly>(reader, 0, "start_date"));
        var harvested = await ReadAsync<DateTime>(reader, 0, "harvested_at");
        Assert.Equal(new DateTime(2024, 3, 5, 13, 7, 9, DateTimeKind.Utc), harvested[0]);
        Assert.Equal(DateTimeKind.Utc, harvested[0]!.Value.Kind);
        Assert.Equal(new DateTime(2025, 1, 1, 5, 0, 0, DateTimeKind.Utc), harvested[3]);
        Assert.Null(harvested[5]);
    }

    [Fact]
    public async Task Writes_row_groups_to_a_stream_that_cannot_seek()
    {
        var output = new WriteOnlyStream();

        await DataFrameParquetWriter.WriteAsync(ExportSample.Frame(), output, rowsPerGroup: 4, TestContext.Current.CancellationToken);

        Assert.False(output.IsDisposed);
        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(output.Written), ReadOptions,
            cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(2, reader.RowGroupCount);
        Assert.Equal((4L, 2L), (reader.OpenRowGroupReader(0).RowCount, reader.OpenRowGroupReader(1).RowCount));
        string?[] titles = [ExportSample.NonAscii, null];
        Assert.Equal(titles, await ReadTextAsync(reader, 1, "title"));
        Assert.Equal([0.13m, 42m], await ReadAsync<decimal>(reader, 1, "funding_eur"));
    }

    [Fact]
    public async Task Rounds_money_to_the_cent_where_Parquet_Net_would_truncate()
    {
        var frame = new DataFrame(new DecimalDataFrameColumn("amount", [1.235m, -1.235m, 1.234m]));

        await using var reader = await ParquetReader.CreateAsync(await WriteAsync(frame), ReadOptions,
            cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([1.24m, -1.24m, 1.23m], await ReadAsync<decimal>(reader, 0, "amount"));
    }

    [Fact]
    public async Task Refuses_an_amount_that_does_not_fit_DECIMAL_18_2()
    {
        var frame = new DataFrame(new DecimalDataFrameColumn("amount", [9_999_999_999_999_999.99m, 10_000_000_000_000_000m]));

        var error = await Assert.ThrowsAsync<OverflowException>(() => WriteAsync(frame));

        Assert.Contains("'amount'", error.Message, StringComparison.Ordinal);
        Assert.Contains("10000000000000000", error.Message, StringComparison.Ordinal);
    }
}
