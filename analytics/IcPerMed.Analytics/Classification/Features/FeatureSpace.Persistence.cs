using System.Globalization;

namespace IcPerMed.Analytics.Classification.Features;

internal sealed partial class FeatureSpace
{
    private const string Header = "# icpermed feature space v1: block<TAB>term<TAB>idf, in feature-index order";
    private static readonly string[] BlockCodes = ["w", "c", "s"];

    /// <summary>Writes the vocabulary as text (block code, term, idf), one feature per line in index order.</summary>
    public void Save(string path)
    {
        using var writer = new StreamWriter(path);
        writer.NewLine = "\n";
        writer.WriteLine(Header);
        for (var b = 0; b + 1 < BlockStart.Length; b++)
        {
            for (var i = BlockStart[b]; i < BlockStart[b + 1]; i++)
                writer.WriteLine($"{BlockCodes[b]}\t{Terms[i]}\t{Idf[i].ToString("R", CultureInfo.InvariantCulture)}");
        }
    }

    /// <summary>Reads what <see cref="Save"/> wrote; <paramref name="settings"/> come from the model's metadata.</summary>
    public static FeatureSpace Load(string path, FeatureSettings settings)
    {
        var terms = BlockCodes.Select(_ => new List<string>()).ToArray();
        var idf = BlockCodes.Select(_ => new List<float>()).ToArray();
        var number = 0;
        var lastBlock = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (number == 1 && line == Header)
                continue;
            var fields = line.Split('\t');
            var block = fields.Length == 3 ? Array.IndexOf(BlockCodes, fields[0]) : -1;
            if (block < lastBlock || !float.TryParse(fields[^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
                throw new InvalidDataException($"{path}:{number}: expected block (w, c or s, in that order), term and idf separated by tabs");
            lastBlock = block;
            terms[block].Add(fields[1]);
            idf[block].Add(value);
        }
        if (number == 0)
            throw new InvalidDataException($"{path}:1: empty feature space file");
        return new FeatureSpace(settings, terms, idf);
    }
}
