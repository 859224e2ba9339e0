using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace IcPerMed.Analytics.Exports;

public static partial class DataFrameParquetWriter
{
    /// <summary>A DataFrame column's Parquet field, and how to write rows [start, start + count) of it to a row group.</summary>
    private sealed record ParquetColumn(
        DataField Field,
        Func<ParquetRowGroupWriter, long, int, CancellationToken, Task> WriteAsync);

    private static ParquetColumn ColumnFor(DataFrameColumn column)
    {
        var name = column.Name;
        return column switch
        {
            StringDataFrameColumn text => Text(text, new DataField<string>(name, nullable: true)),
            PrimitiveDataFrameColumn<long> counts => Values(counts, new DataField<long?>(name)),
            PrimitiveDataFrameColumn<int> numbers => Values(numbers, new DataField<int?>(name)),
            PrimitiveDataFrameColumn<double> numbers =>
                Values<double, double>(numbers, new DataField<double?>(name), number => ExportValues.Finite(number)),
            PrimitiveDataFrameColumn<decimal> money => Values<decimal, decimal>(money,
                new DecimalDataField(name, precision: 18, scale: 2, isNullable: true), amount => Money(name, amount)),
            PrimitiveDataFrameColumn<bool> flags => Values(flags, new DataField<bool?>(name)),
            // DataField<DateOnly> is Parquet's DATE (INT32 days since 1970-01-01), logical and converted type both set.
            PrimitiveDataFrameColumn<DateOnly> dates => Values(dates, new DataField<DateOnly?>(name)),
            PrimitiveDataFrameColumn<DateTimeOffset> instants => Values<DateTimeOffset, DateTime>(instants,
                new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true,
                    unit: DateTimeTimeUnit.Micros, isNullable: true),
                instant => instant.UtcDateTime),
            _ => throw ExportColumns.Unsupported(column),
        };
    }

    private static ParquetColumn Text(StringDataFrameColumn column, DataField field) =>
        new(field, (group, start, count, _) =>
        {
            var values = new string?[count];
            for (var i = 0; i < count; i++)
                values[i] = column[start + i];
            // Parquet.Net 6.1 takes no CancellationToken for string columns.
            return group.WriteAsync(field, values!, null);
        });

    /// <summary>Values whose CLR type Parquet.Net takes as it is.</summary>
    private static ParquetColumn Values<T>(PrimitiveDataFrameColumn<T> column, DataField field) where T : unmanaged =>
        Values<T, T>(column, field, value => value);

    /// <summary>Copies a slice into nullable values of the field's CLR type; a null stays null without conversion.</summary>
    private static ParquetColumn Values<T, TParquet>(PrimitiveDataFrameColumn<T> column, DataField field, Func<T, TParquet?> convert)
        where T : unmanaged where TParquet : struct =>
        new(field, (group, start, count, ct) =>
        {
            var values = new TParquet?[count];
            for (var i = 0; i < count; i++)
                values[i] = column[start + i] is { } value ? convert(value) : null;
            return group.WriteAsync<TParquet>(field, values, null, null, ct);
        });

    private static decimal Money(string column, decimal amount)
    {
        var cents = ExportValues.Cents(amount);
        if (Math.Abs(cents) >= ExportValues.MoneyLimit)
            throw new OverflowException($"Column '{column}': {amount} does not fit DECIMAL(18,2) (at most 16 digits before the point).");
        return cents;
    }
}
