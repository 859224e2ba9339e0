using System.CommandLine;

namespace IcPerMed.Jobs.Cli;

/// <summary>The root command: global options and the table of contents of every subcommand.</summary>
public static class IcPerMedCommand
{
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
