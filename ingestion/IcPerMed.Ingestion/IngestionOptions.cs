namespace IcPerMed.Ingestion;

/// <summary>
/// How harvests run in a host: configuration section <c>Ingestion</c> of icpermed.settings.json, or
/// <c>ICPERMED_Ingestion__StateDirectory</c> (the older <c>ICPERMED_STATE_DIR</c> too); bound by
/// <see cref="IngestionModule.AddIngestion"/>. <c>harvest --state-dir</c> wins over both.
/// </summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Where page checkpoints of API harvests live (<see cref="Harvesting.Checkpoints.PageCheckpoint"/>).</summary>
    public string StateDirectory { get; set; } = Path.Combine("data", "harvest-state");
}
