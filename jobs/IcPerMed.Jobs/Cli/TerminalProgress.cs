using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Long work's progress for a person: Spectre.Console bars on standard error when it is an interactive terminal;
/// otherwise (a pipe, a file, CI, or --verbose) no bars, and the JSON log lines say how far the work is, exactly as
/// before. While bars are shown, information log lines are held back (warnings and errors still print): written
/// between two redraws they would tear the bars (IcPerMedHost.AddLogging reads <see cref="Showing"/>).
/// </summary>
public static class TerminalProgress
{
    private static int showing;

    /// <summary>Whether bars are on screen now.</summary>
    public static bool Showing => Volatile.Read(ref showing) > 0;

    /// <summary>The console for bars: standard error when it is an interactive terminal and --verbose is off; else null.</summary>
    public static IAnsiConsole? Console(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (System.Console.IsErrorRedirected || context.ParseResult.GetValue(GlobalOptions.Verbose))
            return null;
        // Spectre judges "interactive" by standard output, which may rightly be a pipe (--format json > file) while a
        // person watches standard error; what the bars need is a terminal that understands ANSI (not TERM=dumb).
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(System.Console.Error), Interactive = InteractionSupport.Yes,
        });
        return console.Profile.Capabilities.Ansi ? console : null;
    }

    /// <summary>Runs <paramref name="work"/> with bars on <paramref name="console"/>, or with none (null) when it is null.</summary>
    public static async Task<T> ShowAsync<T>(IAnsiConsole? console, Func<ProgressBars?, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (console is null)
            return await work(null).ConfigureAwait(false);
        Interlocked.Increment(ref showing);
        try
        {
            return await console.Progress()
                .AutoRefresh(true)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                    new ElapsedTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var bars = new ProgressBars(context);
                    var result = await work(bars).ConfigureAwait(false);
                    bars.CompleteAll();
                    return result;
                }).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref showing);
        }
    }
}
