using System.CommandLine;
using System.CommandLine.Invocation;

namespace IcPerMed.Jobs.Cli;

/// <summary>The root command: global options and the table of contents of every subcommand.</summary>
public static class IcPerMedCommand
{
    /// <summary>
    /// How icpermed reads its command line: no response files, so an argument starting with '@' (an address such as
    /// <c>@example.org</c>) is read as written and checked by its command, never opened as a file of arguments.
    /// </summary>
    public static ParserConfiguration Parser { get; } = new() { ResponseFileTokenReplacer = null };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. A mistake the parser sees (an unknown option, a value not among those
    /// allowed, a missing argument) exits with <see cref="CommandRunner.BadUsage"/> as the README promises, not the
    /// parser's own 1.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? invocation = null, CancellationToken cancellationToken = default)
    {
        var parseResult = Create().Parse(args, Parser);
        var exit = await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        return parseResult.Action is ParseErrorAction && exit != CommandRunner.Ok ? CommandRunner.BadUsage : exit;
    }

    public static RootCommand Create()
    {
        var root = new RootCommand(
            "icpermed: harvests personalised-medicine research funding into one warehouse and reports on it " +
            "for the ICPerMed secretariat.");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Verbose);
        root.Subcommands.Add(HarvestCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(ReconcileCommand.Create());
        root.Subcommands.Add(LinksCommand.Create());
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvaluateCommand.Create());
        root.Subcommands.Add(ClassifyCommand.Create());
        root.Subcommands.Add(LabelCommand.Create());
        root.Subcommands.Add(ReviewCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(KpisCommand.Create());
        root.Subcommands.Add(GapsCommand.Create());
        root.Subcommands.Add(TrendsCommand.Create());
        root.Subcommands.Add(SnapshotCommand.Create());
        root.Subcommands.Add(CoverageCommand.Create());
        root.Subcommands.Add(ProgrammesCommand.Create());
        root.Subcommands.Add(ReportCommand.Create());
        root.Subcommands.Add(EmailCommand.Create());
        root.Subcommands.Add(SubscribersCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(JobsCommand.Create());
        root.Subcommands.Add(UsersCommand.Create());
        return root;
    }
}
