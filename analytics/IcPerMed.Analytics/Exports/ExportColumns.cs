using Microsoft.Data.Analysis;

namespace IcPerMed.Analytics.Exports;

/// <summary>
/// Builds the DataFrame columns that the export writers understand, so a caller never guesses which column class
/// a date or an amount needs. Every factory takes nullable values: a null is an empty cell in every format.
/// </summary>
/// <remarks>
/// Dates are <c>PrimitiveDataFrameColumn&lt;DateOnly&gt;</c> and timestamps <c>PrimitiveDataFrameColumn&lt;DateTimeOffset&gt;</c>:
/// Microsoft.Data.Analysis 0.23.1 constructs, indexes, appends, filters, sorts and clones both (probed), and they
/// say what they hold, where a <see cref="DateTimeDataFrameColumn"/> would need a "midnight means a date"
/// convention and would lose the offset. The writers accept exactly the column classes built here plus
/// <see cref="Int32DataFrameColumn"/>, and reject any other column by name before they write a byte.
/// </remarks>
public static class ExportColumns
{
    /// <summary>Text (titles, names, codes): neutralised against formulas in CSV.</summary>
    public static StringDataFrameColumn Text(string name, IEnumerable<string?> values) => new(name, values!);

    /// <summary>
    /// An amount in EUR, rounded to the cent (half away from zero, as invoices do) and held with exactly two
    /// decimals, so CSV and JSON show <c>-1234.50</c> and Parquet's DECIMAL(18,2) holds the same value.
    /// </summary>
    public static DecimalDataFrameColumn Money(string name, IEnumerable<decimal?> values) =>
        new(name, values.Select(value => value is { } amount ? ExportValues.Cents(amount) : (decimal?)null));

    /// <summary>A calendar date (start date, end date, rate date): written as <c>yyyy-MM-dd</c> and Parquet DATE.</summary>
    public static PrimitiveDataFrameColumn<DateOnly> Date(string name, IEnumerable<DateOnly?> values) => new(name, values);

    /// <summary>An instant (fetched at, harvested at), held in UTC: written as <c>yyyy-MM-ddTHH:mm:ssZ</c>.</summary>
    public static PrimitiveDataFrameColumn<DateTimeOffset> Timestamp(string name, IEnumerable<DateTimeOffset?> values) =>
        new(name, values.Select(value => value?.ToUniversalTime()));

    /// <summary>A whole number (projects, participants, years): 64-bit.</summary>
    public static Int64DataFrameColumn Count(string name, IEnumerable<long?> values) => new(name, values);

    /// <summary>
    /// A measured or derived quantity (share, ratio, score). NaN and infinities are written as null in every
    /// format: JSON has no way to say them and a spreadsheet reads <c>-Infinity</c> as a formula.
    /// </summary>
    public static DoubleDataFrameColumn Number(string name, IEnumerable<double?> values) => new(name, values);

    /// <summary>A yes/no (personalised medicine or not): <c>true</c>/<c>false</c>.</summary>
    public static BooleanDataFrameColumn Flag(string name, IEnumerable<bool?> values) => new(name, values);

    /// <summary>The error for a column no writer knows, naming the column and what to use instead.</summary>
    internal static NotSupportedException Unsupported(DataFrameColumn column) =>
        new($"Column '{column.Name}' is a {column.GetType().Name} of {column.DataType.Name}, which exports cannot " +
            "write; build it with ExportColumns (Text, Money, Date, Timestamp, Count, Number, Flag).");
}
