namespace IcPerMed.Analytics.Model;

/// <summary>Where a record was read: the file (or URL, or "zip!entry") and its 1-based line or row.</summary>
public sealed record RecordOrigin(string File, long Line)
{
    public override string ToString() => $"{File}:{Line}";
}
