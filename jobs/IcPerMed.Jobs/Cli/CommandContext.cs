using System.CommandLine;
using IcPerMed.Analytics;
using IcPerMed.Analytics.Warehouse;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// What a running command needs, read from the host <see cref="CommandRunner"/> built for it: its parsed options, the
/// host's logging, clock and options, and the warehouse they name.
/// </summary>
public sealed class CommandContext(ParseResult parseResult, IServiceProvider services)
{
    public ParseResult ParseResult => parseResult;

    /// <summary>The host's services, for what the properties below do not cover (e.g. the scheduled job registry).</summary>
    public IServiceProvider Services => services;

    public TimeProvider Time => services.GetRequiredService<TimeProvider>();

    public ILoggerFactory Logging => services.GetRequiredService<ILoggerFactory>();

    /// <summary>Options bound from their configuration section (settings file, ICPERMED_ environment variables).</summary>
    public T Options<T>() where T : class => services.GetRequiredService<IOptions<T>>().Value;

    /// <summary>The --db value, else the Warehouse settings or ICPERMED_DB, else the default DuckDB file.</summary>
    public string WarehouseLocationValue => Options<WarehouseOptions>().Resolved;

    /// <summary>Opens (and migrates) <see cref="WarehouseLocationValue"/>, with the Warehouse settings' DuckDB memory limit.</summary>
    public Task<Warehouse> OpenWarehouseAsync(CancellationToken cancellationToken) =>
        Options<WarehouseOptions>().OpenAsync(Time, cancellationToken);
}
