using IcPerMed.Analytics.Linking;

namespace IcPerMed.Analytics.Warehouse;

/// <summary>One stored project as harvested: its record, its participants in the source's order and the records linked with it.</summary>
public sealed record ProjectRecordSet(StoredProject Project, IReadOnlyList<ProjectParticipation> Participants, IReadOnlyList<LinkedRecord> Links);
