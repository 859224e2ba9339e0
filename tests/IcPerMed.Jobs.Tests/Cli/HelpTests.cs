using System.CommandLine;
using IcPerMed.Jobs.Cli;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

public sealed class HelpTests
{
    public static TheoryData<string> EveryCommand()
    {
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands)
                Walk(sub, (path + " " + sub.Name).Trim());
        }
        Walk(IcPerMedCommand.Create(), string.Empty);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public async Task Every_command_has_help_with_a_description(string path)
    {
        var output = new StringWriter();
        var args = path.Split(' ', StringSplitOptions.RemoveEmptyEntries).Append("--help").ToArray();
        var exit = await IcPerMedCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output }, TestContext.Current.CancellationToken);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.Contains("Description:", text);
        Assert.Contains("--db", text);
        var command = Find(path);
        Assert.False(string.IsNullOrWhiteSpace(command.Description), $"'{path}' has no description");
        Assert.Contains(command.Description!.Split(' ')[0], text);
    }

    [Fact]
    public void Harvest_offers_every_connector()
    {
        var harvest = Find("harvest");
        Assert.Equal(["360giving", "anr", "cordis", "gtr", "nfr", "nhmrc", "nih", "programmes", "snsf"], harvest.Subcommands.Select(c => c.Name).Order());
        Assert.All(harvest.Subcommands, c => Assert.Contains(c.Options, o => o.Name == "--from"));
        Assert.All(harvest.Subcommands, c => Assert.Contains(c.Options, o => o.Name == "--format"));
    }

    private static Command Find(string path)
    {
        Command command = IcPerMedCommand.Create();
        foreach (var name in path.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            command = command.Subcommands.Single(c => c.Name == name);
        return command;
    }
}
