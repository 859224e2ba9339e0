using System.Text;
using System.Xml;
using System.Xml.Linq;
using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Gtr;

/// <summary>
/// Reads recorded GtR v1 project XML: one file, or every file under a folder (one project per file, names without
/// extension). Folders are read in reverse path order so a later snapshot folder ("2018-04") comes before an earlier
/// one ("2017-10"), and a project met again in an older snapshot is not stored: the newest download wins. The older
/// copy is quarantined naming the newer file, so every file read is accounted for (stored or quarantined) in reconcile.
/// </summary>
internal sealed class GtrXmlFiles(string from)
{
    public async Task ReadAsync(GtrHarvest harvest, IHarvestSink sink, HarvestContext context, CancellationToken cancellationToken)
    {
        var files = Files();
        var total = files.Sum(f => new FileInfo(f).Length);
        var storedFrom = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        long bytes = 0, records = 0;
        foreach (var file in files)
        {
            var raw = await File.ReadAllTextAsync(file, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            bytes += new FileInfo(file).Length;
            var origin = new RecordOrigin(file, 1);
            if (!TryParse(raw, file, out var root, out var problem))
            {
                await sink.QuarantineAsync(new QuarantinedRecord(GtrConnector.SourceName, origin, null, problem, Path.GetFileName(file), raw),
                    cancellationToken).ConfigureAwait(false);
                continue;
            }
            var record = GtrXmlProject.Map(root, origin, raw);
            if (record.Id is { } id && !storedFrom.TryAdd(id, file))
            {
                await sink.QuarantineAsync(new QuarantinedRecord(GtrConnector.SourceName, origin, "id",
                    $"an older download of project {id}: the newer copy {NameOf(storedFrom[id])} is stored instead", id, raw),
                    cancellationToken).ConfigureAwait(false);
                continue;
            }
            await harvest.AddAsync(record, cancellationToken).ConfigureAwait(false);
            context.Progress?.Report(new HarvestProgress(from, ++records, bytes, total));
        }
    }

    /// <summary>A file as the analyst knows it: its path under the folder harvested ("2018-04/E130160A-...").</summary>
    private string NameOf(string file) => Directory.Exists(from) ? Path.GetRelativePath(from, file) : Path.GetFileName(file);

    private List<string> Files()
    {
        if (File.Exists(from))
            return [from];
        if (!Directory.Exists(from))
            throw new SourceFormatException(from, "no such file or folder (give a GtR v1 project XML file, a folder of them, or the GtR-2 API base URL)");
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && !Path.GetExtension(f).Equals(".md", StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(f => f, StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new SourceFormatException(from, "the folder holds no GtR project files");
        return files;
    }

    /// <summary>A file that is empty or cut is one bad record; a well-formed file of another kind is the wrong input.</summary>
    private static bool TryParse(string raw, string file, out XElement root, out string problem)
    {
        root = null!;
        if (raw.Length == 0)
        {
            problem = "the file is empty (the download saved nothing for this project)";
            return false;
        }
        try
        {
            root = XElement.Parse(raw);
        }
        catch (XmlException ex)
        {
            problem = $"not well-formed XML at line {ex.LineNumber}, position {ex.LinePosition}: {ex.Message}";
            return false;
        }
        if (root.Name.LocalName != GtrXmlProject.RootName)
            throw new SourceFormatException(file, $"the root element is <{root.Name.LocalName}>, not a GtR v1 <gtr:{GtrXmlProject.RootName}>");
        problem = string.Empty;
        return true;
    }
}
