using System.CommandLine;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Jobs.Cli;

/// <summary>Options every command understands.</summary>
public static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description =
            $"The warehouse: a DuckDB file path (default {WarehouseLocation.DefaultDuckDbPath}) or a PostgreSQL connection " +
            $"string (\"Host=127.0.0.1;Port=5432;Database=icpermed;Username=...\"). Default: ${WarehouseLocation.EnvironmentVariable}, then the DuckDB file.",
        Recursive = true,
    };

    public static readonly Option<bool> Verbose = new("--verbose")
    {
        Description = "Log debug details (structured JSON lines on standard error).",
        Recursive = true,
    };

    public static readonly Option<OutputFormat> Format = new("--format")
    {
        Description = "table (for people) or json (for scripts).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };
}

/// <summary>How a command prints its result.</summary>
public enum OutputFormat
{
    Table,
    Json,
}
