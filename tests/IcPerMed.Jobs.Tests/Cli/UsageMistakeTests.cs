using IcPerMed.Tests.Support;
using Xunit;

namespace IcPerMed.Jobs.Tests.Cli;

/// <summary>
/// Every usage mistake exits 2 (README: exit codes) with a message naming the option or value and what is allowed: the
/// parser's own errors (an unknown option value, a number out of range) as much as those the commands check.
/// </summary>
public sealed class UsageMistakeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string LongLocalPart = new('a', 300);

    public static TheoryData<string, string> Mistakes() => new()
    {
        // Values the parser checks against a list (issue 19: --role superuser exited 1).
        { "users add x --role superuser", "'superuser' not recognized. Must be one of:" },
        { "kpis --format xml", "Cannot parse argument 'xml' for option '--format'" },
        { "trends --by decade", "Cannot parse argument 'decade' for option '--by'" },
        { "evaluate --format yaml", "'yaml' not recognized. Must be one of:" },
        { "nosuch", "Unrecognized command or argument 'nosuch'" },
        // Numbers out of range.
        { "review --limit -1", "--limit -1 is not allowed: it must be 1 or more" },
        { "kpis behind pm-projects-per-year 2024 --limit 0", "--limit 0 is not allowed: it must be 1 or more" },
        { "reconcile --run 0", "--run 0 is not allowed: it must be 1 or more" },
        { "gaps --alpha 2", "--alpha 2 must be between 0 and 1" },
        { "label cordis 1 --pm 2", "labels are 0 or 1" },
        // Values the commands check.
        { "kpis --quarter banana", "--quarter 'banana' is not a quarter" },
        { "export projects --format xls", "--format:" },
        { "gaps --country DE,XX", "--country 'XX' is not an ISO 3166-1 alpha-2 country code" },
        { "trends --country UK", "--country 'UK' is not an ISO 3166-1 alpha-2 country code" },
        { "programmes --country Spain", "--country 'SPAIN' is not an ISO 3166-1 alpha-2 country code" },
        // Addresses: '@...' is an argument, never a response file (it exited 1 with "Response file not found").
        { "subscribers add @example.org", "'@example.org' is not an email address" },
        { "subscribers add not-an-address", "'not-an-address' is not an email address" },
        { $"subscribers add {LongLocalPart}@example.org", "the part before @ has 300 octets; RFC 5321 allows 64" },
        { $"subscribers add a@{string.Join('.', Enumerable.Repeat(new string('d', 60), 5))}", "the domain has 304 octets; RFC 5321 allows 255" },
        { $"subscribers add {new string('l', 64)}@{string.Join('.', Enumerable.Repeat(new string('d', 60), 4))}.org", "the address has 312 octets; RFC 5321 allows 254" },
        { "email resend --quarter 2026Q3 --subscriber @example.org", "--subscriber: '@example.org' is not an email address" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_usage_mistake_exits_2_and_says_what_is_allowed(string command, string message)
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        string[] args = [.. command.Split(' '), "--db", db];

        var run = await IcPerMedProcess.RunAsync(new Dictionary<string, string> { ["ICPERMED_PASSWORD"] = "long enough password" }, Ct, args);

        Assert.True(run.ExitCode == 2, $"{command}: exit {run.ExitCode}\n{run.Error}");
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain("Unhandled exception", run.Error);
    }

    [Fact]
    public async Task An_address_at_the_limits_is_subscribed()
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        var address = $"{new string('l', 64)}@example.org";

        var run = await IcPerMedProcess.RunAsync(Ct, "subscribers", "add", address, "--db", db);

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"{address} subscribed", run.Output);
    }

    [Fact]
    public async Task A_sender_over_the_limits_stops_every_command_with_exit_3()
    {
        var environment = new Dictionary<string, string> { ["ICPERMED_Email__From"] = $"KPIs <{LongLocalPart}@example.org>" };

        var run = await IcPerMedProcess.RunAsync(environment, Ct, "status", "--db", Path.Combine(TestPaths.NewTempDirectory(), "w.duckdb"));

        Assert.True(run.ExitCode == 3, run.Error);
        Assert.Contains("Email:From", run.Error);
        Assert.Contains("the part before @ has 300 octets; RFC 5321 allows 64", run.Error);
    }
}
