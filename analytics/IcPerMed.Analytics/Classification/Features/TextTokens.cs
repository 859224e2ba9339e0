using System.Collections.Frozen;

namespace IcPerMed.Analytics.Classification.Features;

/// <summary>
/// Cuts a title and abstract into lower-case word tokens without allocating per token: letters and digits are kept
/// (lower-cased), everything else separates words. Stop words, one-letter tokens and pure numbers are dropped because
/// they carry no topic and would only pad the vocabulary with bigrams such as "of the".
/// </summary>
internal static class TextTokens
{
    private static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
        "her", "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "may", "me",
        "more", "most", "my", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "out",
        "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "us", "very",
        "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
        "you", "your", "yours", "within", "via", "well", "thus", "however", "therefore",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Writes the normalised "title abstract" into <paramref name="buffer"/> (grown when short) and returns its length.</summary>
    public static int Normalise(string? title, string? summary, ref char[] buffer)
    {
        var needed = (title?.Length ?? 0) + 1 + (summary?.Length ?? 0);
        if (buffer.Length < needed)
            buffer = new char[Math.Max(needed, buffer.Length * 2)];
        var length = Copy(title, buffer, 0);
        buffer[length++] = ' ';
        return Copy(summary, buffer, length);
    }

    public static IEnumerable<string> StopWordList => StopWords;

    /// <summary>Adds the (start, length) of every kept word of <paramref name="text"/> to <paramref name="words"/>.</summary>
    public static void Words(ReadOnlySpan<char> text, List<(int Start, int Length)> words, bool dropStopWords = true)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
                i++;
            var start = i;
            var digits = true;
            while (i < text.Length && text[i] != ' ')
                digits &= char.IsAsciiDigit(text[i++]);
            var word = text[start..i];
            if (word.Length >= 2 && !digits && !(dropStopWords && StopWordLookup.Contains(word)))
                words.Add((start, word.Length));
        }
    }

    // ASCII through a table: nearly every abstract is English, and the Unicode tables cost several times more per char.
    private static readonly char[] Ascii = [.. Enumerable.Range(0, 128).Select(c => char.IsAsciiLetterOrDigit((char)c) ? char.ToLowerInvariant((char)c) : ' ')];

    private static int Copy(string? source, char[] buffer, int at)
    {
        if (source is null)
            return at;
        var from = source.AsSpan();
        var to = buffer.AsSpan(at, from.Length);
        var ascii = Ascii.AsSpan();
        for (var i = 0; i < from.Length; i++)
        {
            var c = from[i];
            to[i] = c < ascii.Length ? ascii[c] : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ';
        }
        return at + from.Length;
    }
}
