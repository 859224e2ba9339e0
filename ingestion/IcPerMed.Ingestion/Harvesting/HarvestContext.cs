using IcPerMed.Ingestion.Currency;
using IcPerMed.Ingestion.Harvesting.Http;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// What a connector needs besides its input: currency conversion, HTTP, time, a progress reporter, where to keep page
/// checkpoints, what was retried, and since when to fetch changes.
/// </summary>
public sealed record HarvestContext
{
    /// <summary>
    /// The context of one harvest run as the CLI, the scheduled jobs and the benchmarks start it: the bundled ECB rates,
    /// <paramref name="http"/>, <paramref name="time"/>, and page checkpoints in <paramref name="stateDirectory"/>
    /// (null: none; hosts give <see cref="IngestionOptions.StateDirectory"/>).
    /// </summary>
    public static HarvestContext ForRun(HttpClient http, TimeProvider time, string? stateDirectory, IProgress<HarvestProgress>? progress = null) =>
        new() { Converter = EurConverter.LoadBundled(), Http = http, Time = time, StateDirectory = stateDirectory, Progress = progress };

    public required EurConverter Converter { get; init; }

    /// <summary>For bulk downloads (CORDIS, NFR): the standard resilience pipeline of <see cref="SourceHttpClient"/>.</summary>
    public required HttpClient Http { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;
    public IProgress<HarvestProgress>? Progress { get; init; }

    /// <summary>Folder for downloads; the system temp folder by default.</summary>
    public string DownloadDirectory { get; init; } = Path.GetTempPath();

    /// <summary>
    /// Folder for page checkpoints of API harvests (see <see cref="Checkpoints.PageCheckpoint"/>); null turns them off.
    /// </summary>
    public string? StateDirectory { get; init; }

    /// <summary>Every retried attempt of this run; <see cref="HarvestRunner"/> gives each run a fresh log.</summary>
    public HarvestIncidents Incidents { get; init; } = new();

    /// <summary>
    /// Start of the last succeeded run of this source from the same origin, for connectors that can ask a source for
    /// changes only (If-Modified-Since, a date filter); null for a full read. Set by <see cref="HarvestRunner"/>.
    /// </summary>
    public DateTimeOffset? ChangedSince { get; init; }

    /// <summary>Ignore <see cref="ChangedSince"/> and read everything (<c>--full</c>).</summary>
    public bool FullRead { get; init; }

    /// <summary>Overrides a connector's own request policy (tests shorten the back-off and raise the rate).</summary>
    public SourcePolicy? Policy { get; init; }
}
