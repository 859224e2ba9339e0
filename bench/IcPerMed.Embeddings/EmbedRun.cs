using Microsoft.Extensions.Logging;

namespace IcPerMed.Embeddings;

/// <summary>
/// The edge of the embed program, as icpermed's CommandRunner is of its commands: structured logs on standard error
/// (JSON lines and plain lines, so standard output keeps the report), and errors as a clear message and an exit code.
/// </summary>
public static class EmbedRun
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int BadInput = 3;

    public static async Task<int> GuardAsync(bool verbose, Func<ILoggerFactory, Task<int>> body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var logging = LoggerFactory.Create(builder => builder
            .SetMinimumLevel(verbose ? LogLevel.Debug : LogLevel.Information)
            .AddJsonConsole(json => { json.UseUtcTimestamp = true; json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ"; })
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        var logger = logging.CreateLogger("embed");
        try
        {
            return await body(logging).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The store keeps every batch appended before the cancel: the next run embeds only the rest.
            return Report(logger, Failed, "cancelled; the vectors embedded so far stay in the store");
        }
        catch (Exception error) when (error is InvalidDataException or IOException or KeyNotFoundException or UnauthorizedAccessException)
        {
            // A labels or texts file, or a store file, that is not what it should be; the message names it.
            return Report(logger, BadInput, error.Message);
        }
    }

    private static int Report(ILogger logger, int exitCode, string message)
    {
        logger.LogError("{Message}", message);
        Console.Error.WriteLine($"error: {message}");
        return exitCode;
    }
}
