using IcPerMed.Ingestion.Harvesting;
using IcPerMed.Ingestion.Sources.Cordis;
using IcPerMed.Ingestion.Sources.Gtr;
using IcPerMed.Ingestion.Sources.Nfr;
using IcPerMed.Ingestion.Sources.Nih;
using IcPerMed.Ingestion.Sources.Programmes;
using IcPerMed.Ingestion.Sources.ThreeSixtyGiving;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// The connectors a <c>harvest-SOURCE</c> job exists for, each reading its default origin with its default query
/// (as <c>icpermed harvest SOURCE</c> without options). Which of them run on a schedule is
/// <see cref="JobSchedules"/>' business: 360Giving and programme lists default to a bundled sample, so they have no
/// default schedule and run when configuration gives them one.
/// </summary>
public static class ScheduledSources
{
    public static IReadOnlyList<ISourceConnector> Connectors { get; } =
    [
        new CordisConnector(),
        new NfrConnector(),
        new NihReporterConnector(),
        new GtrConnector(),
        new ThreeSixtyGivingConnector(),
        new ProgrammeListConnector(),
    ];
}
