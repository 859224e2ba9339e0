using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Programmes;

/// <summary>
/// A stored programme, call or topic with its funder's name and country: what the Programmes page and
/// <c>icpermed programmes</c> show (does it allow PM, in what scope, from which file and line, public source, checked on).
/// </summary>
public sealed record ProgrammeFact(ProgrammeEntry Entry, string? FunderName, string? Country)
{
    /// <summary>A programme list states whether it allows PM: the facts the ICPerMed mapping asks for.</summary>
    public bool PmStated => Entry.AllowsPm is not null;

    /// <summary>"programmes.csv:2", or the file alone when the line is not known.</summary>
    public string Origin => Entry.Origin.Line > 0 ? $"{Entry.Origin.File}:{Entry.Origin.Line}" : Entry.Origin.File;

    /// <summary>The file's name and line without its folder ("dataset.csv.gz:348"), for a narrow table cell.</summary>
    public string OriginShort => Entry.Origin.Line > 0 ? $"{Path.GetFileName(Entry.Origin.File)}:{Entry.Origin.Line}" : Path.GetFileName(Entry.Origin.File);
}
