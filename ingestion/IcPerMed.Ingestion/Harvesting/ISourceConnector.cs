using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// Reads one source's files (or URLs) and writes canonical records to a sink. Bad records are quarantined
/// through the sink and the read goes on; a file that is not what it claims throws <see cref="SourceFormatException"/>
/// before anything of it is committed.
/// </summary>
public interface ISourceConnector
{
    /// <summary>Source name as stored: "cordis", "nfr", ...</summary>
    string Source { get; }

    /// <summary>What is read when the user gives no --from (the real download address, or a documented path).</summary>
    string DefaultLocation { get; }

    /// <summary>Streams the records of <paramref name="from"/> (a path or an http(s) URL) into <paramref name="sink"/>.</summary>
    Task ReadAsync(string from, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken);
}
