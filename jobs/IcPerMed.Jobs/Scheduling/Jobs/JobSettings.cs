namespace IcPerMed.Jobs.Scheduling.Jobs;

/// <summary>What the jobs work on: the warehouse (DuckDB file or PostgreSQL connection string) and the model folder (null = the default).</summary>
public sealed record JobSettings(string Warehouse, string? Models = null);
