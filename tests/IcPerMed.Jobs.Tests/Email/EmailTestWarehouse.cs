using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Jobs.Email;
using IcPerMed.Jobs.Tests.Kpis;
using IcPerMed.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace IcPerMed.Jobs.Tests.Email;

/// <summary>A private copy of the demo warehouse with two subscribers, and the job and options pointed at a sink.</summary>
internal static class EmailTestWarehouse
{
    public static readonly Analytics.Model.Quarter Quarter = Analytics.Model.Quarter.Parse("2026Q2");

    /// <summary>Copies the demo warehouse (so no test sees another's outbox) and subscribes ada (headline KPIs) and bob (two KPIs).</summary>
    public static async Task<string> CreateAsync(DemoWarehouseFixture demo, CancellationToken cancellationToken)
    {
        var db = Path.Combine(TestPaths.NewTempDirectory(), "warehouse.duckdb");
        TestPaths.CopyDuckDb(demo.Db, db);
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, cancellationToken);
        await warehouse.AddSubscriberAsync("ada@example.org", "Ada <Lovelace> & co", [], new Dictionary<string, decimal>(), cancellationToken);
        await warehouse.AddSubscriberAsync("bob@example.org", "", ["pm-funding-per-year", "top-funders"], new Dictionary<string, decimal>(), cancellationToken);
        return db;
    }

    public static EmailOptions Options(SmtpSink sink) => new()
    {
        Port = sink.Port, StartTls = StartTlsMode.None, From = "ICPerMed KPIs <kpis@icpermed.test>",
        DashboardUrl = "http://dashboard.test:5080/", RetryDelay = TimeSpan.FromMilliseconds(50),
    };

    public static QuarterlyKpiEmailJob Job(string db, EmailOptions options) =>
        new(new IcPerMed.Jobs.Scheduling.Jobs.JobSettings(db), options, TimeProvider.System, NullLogger<QuarterlyKpiEmailJob>.Instance);

    /// <summary>
    /// The environment that points the CLI at the sink, with a dashboard address and sender a real send accepts (the
    /// defaults, a loopback link and a .invalid sender, make it refuse to start).
    /// </summary>
    public static Dictionary<string, string> Environment(SmtpSink sink) => new()
    {
        ["ICPERMED_Email__Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ICPERMED_Email__StartTls"] = "None",
        ["ICPERMED_Email__RetryDelay"] = "00:00:00.05",
        ["ICPERMED_Email__DashboardUrl"] = "https://kpis.icpermed.example.org/",
        ["ICPERMED_Email__From"] = "ICPerMed KPIs <kpis@icpermed.example.org>",
    };

    public static async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(string db, CancellationToken cancellationToken)
    {
        await using var warehouse = await Warehouse.OpenAsync(db, TimeProvider.System, cancellationToken);
        return await warehouse.GetOutboxAsync(Quarter, cancellationToken);
    }
}
