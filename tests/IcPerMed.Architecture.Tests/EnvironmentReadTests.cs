using ArchUnitNET.Domain.Dependencies;
using Xunit;

namespace IcPerMed.Architecture.Tests;

/// <summary>
/// Settings come from the host's configuration (icpermed.settings.json, ICPERMED_Section__Key variables) bound to
/// options, so every setting has a key, a default, one precedence and a test. Reading an environment variable directly
/// is left to the types named here, each with its reason; read from the compiled IL of the four assemblies.
/// </summary>
public sealed class EnvironmentReadTests
{
    /// <summary>Type (top level) -> why it may read the environment itself.</summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        // The host's configuration entry point: the older variables (ICPERMED_DB, ICPERMED_STATE_DIR, ...) as settings keys.
        ["IcPerMed.Jobs.EnvironmentAliases"] = "maps the older variables onto settings keys",
        // ICPERMED_DB for callers without a host (tests, bench, dashboards' Dashboard:Warehouse fallback).
        ["IcPerMed.Analytics.Warehouse.WarehouseLocation"] = "ICPERMED_DB fallback for callers without a host",
        // Who labels: the analyst's name, not a setting (ICPERMED_ANALYST, else the login's USER).
        ["IcPerMed.Jobs.Cli.LabelCommand"] = "the analyst's name (ICPERMED_ANALYST, USER)",
        // A password given to `users add` without echo or shell history; never a settings key.
        ["IcPerMed.Jobs.Cli.UsersCommand"] = "a password kept out of settings and shell history",
        // The crash-after-send test hook of the email tests.
        ["IcPerMed.Jobs.Email.CrashAfterSendTestHook"] = "a test hook",
    };

    [Fact]
    public void Only_the_allowed_types_read_environment_variables()
    {
        var readers = Readers();

        var others = readers.Where(r => !Allowed.ContainsKey(r)).ToList();
        Assert.True(others.Count == 0, "environment variables are read directly by:\n" + string.Join("\n", others) +
            "\nBind an options class to a configuration section in the project's Add<Module> instead (ICPERMED_Section__Key is " +
            "read for you); an older variable name goes into EnvironmentAliases.Keys.");
        // The list stays true: a type that stopped reading the environment leaves it.
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), readers);
    }

    private static List<string> Readers() =>
        (from type in ProductAssemblies.Architecture.Types
         where ProductAssemblies.IsOurs(type)
         from call in type.Dependencies.OfType<MethodCallDependency>()
         where call.TargetMember.DeclaringType.FullName == "System.Environment"
            && call.TargetMember.Name.StartsWith("GetEnvironmentVariable", StringComparison.Ordinal)
         select TopLevel(type.FullName))
        .Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>LabelCommand for IcPerMed.Jobs.Cli.LabelCommand+&lt;&gt;c__DisplayClass0_0 (a lambda's closure).</summary>
    private static string TopLevel(string fullName) => fullName.Split('+')[0];
}
