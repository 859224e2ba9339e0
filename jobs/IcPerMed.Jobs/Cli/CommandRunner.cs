using System.CommandLine;
using System.Data.Common;
using IcPerMed.Ingestion.Harvesting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Cli;

/// <summary>The edge where errors become a clear message on standard error and an exit code.</summary>
public static class CommandRunner
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadUsage = 2;
    public const int BadInput = 3;
    public const int StoreUnavailable = 4;

    public static async Task<int> RunAsync(ParseResult parseResult, Func<CommandContext, Task<int>> body,
        CancellationToken cancellationToken)
    {
        IHost host;
        try
        {
            host = BuildHost(parseResult);
        }
        catch (Exception error) when (error is InvalidDataException or InvalidOperationException or FormatException or OptionsValidationException)
        {
            // A settings file that is not JSON, a value that is not of its option's type, or one its options reject
            // (ClassificationOptionsValidation): nothing ran yet.
            return Report(null, BadInput, $"settings rejected: {error.Message}{(error.InnerException is { } inner ? $" ({inner.Message})" : "")}");
        }
        using (host)
            return await RunAsync(new CommandContext(parseResult, host.Services), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The command's host: the settings, logging and modules every icpermed host has, with --db and --verbose. It is
    /// not started (a command runs no hosted services), so the options registered with ValidateOnStart are checked
    /// here, as starting would; disposing it flushes the logs.
    /// </summary>
    private static IHost BuildHost(ParseResult parseResult)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = Directory.GetCurrentDirectory() });
        IcPerMedHost.Configure(builder, parseResult.GetValue(GlobalOptions.Db), parseResult.GetValue(GlobalOptions.Verbose));
        builder.Services.AddCommandTurns();
        var host = builder.Build();
        try
        {
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static async Task<int> RunAsync(CommandContext context, Func<CommandContext, Task<int>> body, CancellationToken cancellationToken)
    {
        var logger = context.Logging.CreateLogger("icpermed");
        try
        {
            return await body(context).ConfigureAwait(false);
        }
        catch (UsageException error)
        {
            return Usage(error.Message);
        }
        catch (Ingestion.Sources.SourceOptionException error)
        {
            return Usage(error.Message);
        }
        catch (SourceFormatException error)
        {
            return Report(logger, BadInput, $"input rejected, nothing stored was changed: {error.Message}");
        }
        catch (Analytics.Warehouse.Sharing.WarehouseBusyException error)
        {
            return Report(logger, StoreUnavailable, error.Message);
        }
        catch (DbException error)
        {
            return Report(logger, StoreUnavailable, $"warehouse error ({error.GetType().Name}): {error.Message}");
        }
        catch (HttpRequestException error)
        {
            return Report(logger, BadInput, $"download failed, nothing stored was changed: {error.Message}");
        }
        catch (Ingestion.Harvesting.Http.SourceFetchException error)
        {
            // A request that still failed after every retry (or could not be retried): nothing was committed, and the
            // pages already fetched stay in the checkpoint for the next run.
            return Report(logger, BadInput, $"download failed, nothing stored was changed: {error.Message}");
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return Report(logger, Failed, "cancelled; the harvest in progress was not committed");
        }
        catch (IOException error)
        {
            return Report(logger, BadInput, error.Message);
        }
        catch (KeyNotFoundException error)
        {
            return Report(logger, BadInput, error.Message);
        }
        catch (InvalidDataException error)
        {
            // A labels or texts file, or a saved model, that is not what it should be; the message names it.
            return Report(logger, BadInput, error.Message);
        }
    }

    /// <summary>A usage mistake the parser cannot see (a combination of options): message and exit code 2.</summary>
    public static int Usage(string message)
    {
        Console.Error.WriteLine($"error: {message}");
        return BadUsage;
    }

    private static int Report(ILogger? logger, int exitCode, string message)
    {
        logger?.LogError("{Message}", message);
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
