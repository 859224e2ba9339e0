using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Model;

namespace IcPerMed.Jobs.Email;

/// <summary>What one run of the quarterly email did.</summary>
/// <param name="Quarter">The quarter emailed about.</param>
/// <param name="SnapshotId">The snapshot the emails were built from.</param>
/// <param name="Sent">Addresses the SMTP server accepted in this run.</param>
/// <param name="AlreadyDone">Addresses skipped because their row was already 'sent' or 'in-doubt'.</param>
/// <param name="BelowThreshold">Addresses whose KPIs did not change by more than their thresholds.</param>
/// <param name="Failed">Addresses SMTP refused after the retries, with the error; the next run tries them again.</param>
/// <param name="InDoubt">Rows this run found interrupted mid-send and marked 'in-doubt'.</param>
public sealed record EmailRunSummary(Quarter Quarter, long SnapshotId, IReadOnlyList<string> Sent, IReadOnlyList<string> AlreadyDone,
    IReadOnlyList<string> BelowThreshold, IReadOnlyList<string> Failed, IReadOnlyList<OutboxEntry> InDoubt)
{
    /// <summary>One line for the CLI and the logs.</summary>
    public override string ToString() =>
        $"quarterly email {Quarter} (snapshot {SnapshotId}): {Sent.Count} sent, {AlreadyDone.Count} already done, " +
        $"{BelowThreshold.Count} below threshold, {Failed.Count} failed, {InDoubt.Count} in doubt" +
        (InDoubt.Count == 0 ? "" : $" ({string.Join(", ", InDoubt.Select(e => e.Email))}: interrupted between send and commit, " +
            $"maybe delivered; not resent: icpermed email resend --quarter {Quarter} --subscriber EMAIL sends one deliberately)");
}
