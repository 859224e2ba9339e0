namespace IcPerMed.Analytics.Warehouse.Staging;

/// <summary>The column types the bulk loaders know how to write, named after their SQL types.</summary>
// CA1720: the members are SQL type names on purpose; renaming them away from SQL would make the mapping harder to read.
#pragma warning disable CA1720
public enum ColumnType
{
    Text,
    Integer,
    BigInt,
    Decimal,
    Double,
    Date,
    TimestampTz,
    Boolean,
}
#pragma warning restore CA1720
