using Spectre.Console;

namespace IcPerMed.Jobs.Cli;

/// <summary>The console tables go to: standard output, never standard error (which carries the JSON logs).</summary>
public static class CliConsole
{
    /// <summary>
    /// A Spectre console on standard output. Redirected output (a pipe, a log, CI) would default to 80 columns and
    /// wrap every cell, so it gets 160.
    /// </summary>
    public static IAnsiConsole ForOutput()
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });
        if (Console.IsOutputRedirected)
            console.Profile.Width = 160;
        return console;
    }
}
