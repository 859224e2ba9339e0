using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// Looks at the first bytes of a would-be CORDIS CSV before it is parsed, so that a file that is something else
/// (an HTML error page saved as project.csv, a JSON export, a zip) or uses the wrong separator fails with a message
/// that says so, instead of being read as one odd column.
/// </summary>
internal static class CordisCsvSniffer
{
    private const int HeadBytes = 64 * 1024;
    private static readonly char[] Candidates = [';', ',', '\t', '|'];

    /// <summary>Whether the file is gzip-compressed (told by its magic bytes, whatever its name) and its separator.</summary>
    /// <exception cref="SourceFormatException">The file is empty, not CSV, broken gzip, or uses a separator the part does not.</exception>
    public static async Task<(bool Gzip, char Separator)> InspectAsync(CordisTableSource source, CancellationToken cancellationToken)
    {
        var magic = new byte[2];
        int got;
        await using (var stream = source.Open())
            got = await stream.ReadAtLeastAsync(magic, 2, throwOnEndOfStream: false, cancellationToken);
        var gzip = got == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        // Checked here too, so a broken .gz reads the same whether the sniff or the table meets the damage.
        var head = await ReadStartAsync(gzip ? CheckedGzipStream.Open(source.Open(), source.Name) : source.Open(), cancellationToken);
        return (gzip, Separator(source, head));
    }

    /// <summary>The separator of the header line, after checking that the text looks like CSV at all.</summary>
    private static char Separator(CordisTableSource source, ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("PK\u0003\u0004"u8))
            throw new SourceFormatException(source.Name, "is a zip archive, not a CSV file");
        var text = CordisTextEncoding.Utf8WithLatin1Fallback.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (text.Length == 0)
            throw new SourceFormatException(source.Name, "is empty: expected a CSV header line");
        if (text[0] == '<')
        {
            var kind = text.Contains("<html", StringComparison.OrdinalIgnoreCase) ? "an HTML page" : "XML";
            throw new SourceFormatException(source.Name, $"is {kind}, not a CSV file (starts with '{Start(text)}')");
        }
        if (text[0] is '{' or '[')
            throw new SourceFormatException(source.Name, $"is JSON, not a CSV file (starts with '{Start(text)}')");

        var newline = text.IndexOf('\n');
        var headerLine = newline < 0 ? text : text[..newline];
        var separator = MostFrequentOutsideQuotes(headerLine) ?? CordisParts.AllowedSeparators(source.Part)[0];
        if (!CordisParts.AllowedSeparators(source.Part).Contains(separator))
        {
            var expected = source.Part is CordisPart.Project or CordisPart.Organization
                ? "CORDIS files use ';'"
                : "CORDIS files use ';' (or ',' when converted from the XLSX edition)";
            throw new SourceFormatException(source.Name, $"separator is {Show(separator)} but {expected}");
        }
        return separator;
    }

    /// <summary>"tab" for '\t', otherwise the character in quotes.</summary>
    private static string Show(char separator) => separator == '\t' ? "tab" : $"'{separator}'";

    private static async Task<byte[]> ReadStartAsync(Stream stream, CancellationToken cancellationToken)
    {
        await using (stream)
        {
            var buffer = new byte[HeadBytes];
            var got = await stream.ReadAtLeastAsync(buffer, HeadBytes, throwOnEndOfStream: false, cancellationToken);
            return buffer[..got];
        }
    }

    private static char? MostFrequentOutsideQuotes(string line)
    {
        var counts = new int[Candidates.Length];
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && Array.IndexOf(Candidates, c) is var i and >= 0)
                counts[i]++;
        }
        var best = -1;
        for (var i = 0; i < counts.Length; i++)
        {
            // Ties go to the earlier candidate, so ';' (CORDIS) wins over ','.
            if (counts[i] > 0 && (best < 0 || counts[i] > counts[best]))
                best = i;
        }
        return best < 0 ? null : Candidates[best];
    }

    private static string Start(string text)
    {
        var line = text.Split('\n', 2)[0].Trim();
        return line.Length <= 40 ? line : line[..40] + "...";
    }
}
