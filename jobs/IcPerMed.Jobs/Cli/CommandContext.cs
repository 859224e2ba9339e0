using System.CommandLine;
using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Cli;

/// <summary>What a running command needs: its options, logging, time and the warehouse it opens.</summary>
public sealed class CommandContext(ParseResult parseResult) : IDisposable
{
    public ParseResult ParseResult => parseResult;

    public TimeProvider Time { get; } = TimeProvider.System;

    public ILoggerFactory Logging { get; } = LoggerFactory.Create(builder => builder
        .SetMinimumLevel(parseResult.GetValue(GlobalOptions.Verbose) ? LogLevel.Debug : LogLevel.Information)
        // Logs are JSON lines on standard error, so standard output stays clean for tables and --format json.
        .AddJsonConsole(options =>
        {
            options.IncludeScopes = false;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            options.UseUtcTimestamp = true;
        })
        .AddFilter("System.Net.Http", LogLevel.Warning)
        .AddFilter("Polly", LogLevel.Warning)
        .AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace));

    /// <summary>The --db value, ICPERMED_DB, or the default DuckDB file.</summary>
    public string WarehouseLocationValue => WarehouseLocation.Resolve(parseResult.GetValue(GlobalOptions.Db));

    public Task<Warehouse> OpenWarehouseAsync(CancellationToken cancellationToken) =>
        Warehouse.OpenAsync(WarehouseLocationValue, Time, cancellationToken);

    public void Dispose() => Logging.Dispose();
}
