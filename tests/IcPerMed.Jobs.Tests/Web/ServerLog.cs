using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// The warnings and errors a loopback dashboard logged while a browser test drove it, kept in memory so that a failed
/// step can say what the server did (an unhandled exception behind an error page, a busy warehouse). Added to the
/// host's logger factory after it started; the host's own filters still apply.
/// </summary>
internal sealed class ServerLog : ILoggerProvider
{
    private const int Kept = 40;
    private readonly ConcurrentQueue<string> entries = new();

    /// <summary>The last <see cref="Kept"/> warnings and errors, oldest first, each with its category and exception.</summary>
    public IReadOnlyList<string> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Add(string entry)
    {
        entries.Enqueue(entry);
        while (entries.Count > Kept && entries.TryDequeue(out _))
        {
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log.Add($"{logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : Environment.NewLine + exception)}");
        }
    }
}
