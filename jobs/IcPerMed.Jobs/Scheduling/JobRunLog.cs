using System.Globalization;
using Hangfire;
using Hangfire.Storage;
using IcPerMed.Dashboards.Web.Schedules;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// The last run of each job, kept in Hangfire's storage beside the queue (a hash per job): Hangfire forgets a succeeded
/// job after a day, and a weekly harvest's last run must still show a week later. On PostgreSQL it lasts and every
/// worker sees it; embedded (Hangfire.InMemory) it lasts as long as <c>serve</c>.
/// </summary>
public static class JobRunLog
{
    private const string Prefix = "icpermed:last-run:";

    public static void Write(IStorageConnection connection, string job, JobRun run)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var fields = new Dictionary<string, string>
        {
            ["outcome"] = run.Outcome.ToString(),
            ["started"] = run.StartedAt.ToString("O", CultureInfo.InvariantCulture),
            ["duration_ms"] = run.Duration is { } d ? ((long)d.TotalMilliseconds).ToString(CultureInfo.InvariantCulture) : "",
            ["error"] = run.Error ?? "",
            ["job_id"] = run.QueueJobId ?? "",
        };
        connection.SetRangeInHash(Prefix + job, fields);
    }

    /// <summary>The last recorded run of <paramref name="job"/>, or null.</summary>
    public static JobRun? Read(JobStorage storage, string job)
    {
        ArgumentNullException.ThrowIfNull(storage);
        using var connection = storage.GetConnection();
        var fields = connection.GetAllEntriesFromHash(Prefix + job);
        if (fields is null || !fields.TryGetValue("outcome", out var outcome) || !Enum.TryParse<JobRunOutcome>(outcome, out var parsed))
            return null;
        return new JobRun(parsed, DateTimeOffset.Parse(fields["started"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            long.TryParse(fields.GetValueOrDefault("duration_ms"), CultureInfo.InvariantCulture, out var ms) ? TimeSpan.FromMilliseconds(ms) : null,
            NullIfEmpty(fields.GetValueOrDefault("error")), NullIfEmpty(fields.GetValueOrDefault("job_id")));
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
