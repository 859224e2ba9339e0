namespace IcPerMed.Analytics.Dossiers;

/// <summary>What one build of the dossier store did: how many projects, how long it took, the file's size and the warehouse version read.</summary>
public sealed record DossierStoreBuild(long Projects, TimeSpan Took, long Bytes, string WarehouseVersion);
