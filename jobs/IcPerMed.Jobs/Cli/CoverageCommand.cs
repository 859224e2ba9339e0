using System.CommandLine;
using IcPerMed.Analytics.Exports;
using IcPerMed.Analytics.Membership;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Dashboards.Coverage;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed coverage [--members FILE] [--countries FILE] [--only members|countries] [--format table|json|csv]</c>: who
/// is missing. Per consortium member, whether the warehouse holds its funding data (sources, years, projects, PM
/// projects, money), members with none named; per consortium country, its national funders with data, countries with
/// none named.
/// </summary>
public static class CoverageCommand
{
    public static readonly Option<string?> Members = new("--members")
    {
        Description = "The members file (docs/members-file.md). Default: the setting Membership:MembersFile, else the bundled " +
            "data/reference/membership/members.csv.",
    };

    public static readonly Option<string?> Countries = new("--countries")
    {
        Description = "The consortium countries file. Default: the setting Membership:CountriesFile, else the bundled " +
            "data/reference/membership/consortium-countries.csv.",
    };

    public static Command Create()
    {
        var format = KpiOptions.Format();
        var only = new Option<CoveragePart?>("--only") { Description = "Only the members or only the countries table (csv: members unless countries)." };
        var command = new Command("coverage",
            "Who is missing: per consortium member, whether the warehouse holds its funding data (from which sources, which years, " +
            "projects, PM projects, EUR), members without data named; per consortium country, the national funders with data.")
        {
            Members, Countries, only, format,
        };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var settings = context.Options<MembershipOptions>();
            var list = await MembershipList.LoadAsync(new MembershipOptions
            {
                MembersFile = parseResult.GetValue(Members) ?? settings.MembersFile,
                CountriesFile = parseResult.GetValue(Countries) ?? settings.CountriesFile,
            }, cancellationToken).ConfigureAwait(false);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var coverage = await warehouse.GetMembershipCoverageAsync(list, cancellationToken).ConfigureAwait(false);
            var part = parseResult.GetValue(only);
            switch (parseResult.GetValue(format))
            {
                case ReportFormat.Json:
                    Console.WriteLine(SnapshotJson.Write(CoverageDocument.Build(coverage, part)));
                    break;
                case ReportFormat.Csv:
                    await using (var stdout = Console.OpenStandardOutput())
                        await DataFrameExport.WriteAsync(part == CoveragePart.Countries ? CoverageDocument.CountriesFrame(coverage) : CoverageDocument.MembersFrame(coverage),
                            ExportFormat.Csv, stdout, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    CoverageTable.Write(CliConsole.ForOutput(), coverage, part);
                    break;
            }
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }
}
