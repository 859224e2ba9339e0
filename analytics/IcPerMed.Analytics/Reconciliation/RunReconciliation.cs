namespace IcPerMed.Analytics.Reconciliation;

/// <summary>One harvest run's reconciliation: its lines and its quarantine by field.</summary>
public sealed record RunReconciliation(
    long RunId,
    string Source,
    string Origin,
    DateTimeOffset StartedAt,
    IReadOnlyList<ReconciliationLine> Lines,
    IReadOnlyList<QuarantineReason> Quarantine)
{
    /// <summary>A run committed before reconciliation was recorded (before migration 008) has no lines.</summary>
    public bool Recorded => Lines.Count > 0;

    /// <summary>Every line reconciles: what was read is stored or explained by a quarantined record.</summary>
    public bool Reconciles => Lines.All(l => l.Reconciles);

    /// <summary>
    /// What a line is about, as an analyst names it: a file by its path under the folder the run read (GtR's
    /// "2017-10/E130..." and "2018-04/E130..." are two files, not one), else its file name; a currency as it is. Runs since
    /// issue 19 store files relative to what they read already: those are shown as stored.
    /// </summary>
    public string DetailShown(ReconciliationLine line)
    {
        if (line.Item != ReconciliationItem.Rows)
            return line.Detail;
        var folder = Origin.TrimEnd('/', '\\');
        return line.Detail.Length > folder.Length + 1 && line.Detail.StartsWith(folder, StringComparison.Ordinal)
               && line.Detail[folder.Length] is '/' or '\\'
            ? line.Detail[(folder.Length + 1)..]
            : Path.IsPathRooted(line.Detail) || line.Detail.Contains("://", StringComparison.Ordinal) ? Path.GetFileName(line.Detail) : line.Detail;
    }
}
