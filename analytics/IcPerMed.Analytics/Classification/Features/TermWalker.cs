namespace IcPerMed.Analytics.Classification.Features;

/// <summary>The three kinds of feature, each its own block of the feature vector with its own scaling.</summary>
internal enum FeatureBlock
{
    Words = 0,
    Chars = 1,
    Signals = 2,
}

/// <summary>Receives the terms of one text; the span is only valid during the call.</summary>
internal interface ITermSink
{
    void Add(FeatureBlock block, ReadOnlySpan<char> term);
}

/// <summary>
/// Walks the terms of a text as <see cref="FeatureSettings"/> asks: word n-grams ("personalised medicine"), character
/// n-grams inside words with '_' marking the word's edges ("_gen"), and expanded source signals. One walker per thread:
/// it reuses its buffers.
/// </summary>
internal sealed class TermWalker(FeatureSettings settings)
{
    private readonly List<(int Start, int Length)> words = new(512);
    private char[] text = new char[4096];
    private char[] term = new char[256];

    /// <summary>Every term of the text; word n-grams only when <paramref name="wordNgrams"/> (a caller may count those faster itself).</summary>
    public void Walk(ProjectText project, ITermSink sink, bool wordNgrams = true)
    {
        if (wordNgrams || settings.UsesCharNgrams)
            WalkWords(project, sink, wordNgrams);
        if (settings.UseSignals)
        {
            foreach (var signal in ProgrammeSignals.Expand(project.Signals))
                sink.Add(FeatureBlock.Signals, signal);
        }
    }

    private void WalkWords(ProjectText project, ITermSink sink, bool wordNgrams)
    {
        var length = TextTokens.Normalise(project.Title, project.Abstract, ref text);
        var span = text.AsSpan(0, length);
        TextTokens.Words(span, words);
        for (var i = 0; i < words.Count; i++)
        {
            var (start, wordLength) = words[i];
            var word = span.Slice(start, wordLength);
            if (settings.UsesCharNgrams)
                CharGrams(word, sink);
            if (!wordNgrams)
                continue;
            sink.Add(FeatureBlock.Words, word);
            var gramLength = 0;
            for (var n = 2; n <= settings.WordNgrams && i + n - 1 < words.Count; n++)
            {
                var (nextStart, nextLength) = words[i + n - 1];
                if (n == 2)
                    gramLength = Copy(word);
                gramLength = Append(gramLength, span.Slice(nextStart, nextLength));
                sink.Add(FeatureBlock.Words, term.AsSpan(0, gramLength));
            }
        }
    }

    private void CharGrams(ReadOnlySpan<char> word, ITermSink sink)
    {
        var padded = Ensure(word.Length + 2);
        padded[0] = '_';
        word.CopyTo(padded.AsSpan(1));
        padded[word.Length + 1] = '_';
        var all = padded.AsSpan(0, word.Length + 2);
        for (var n = settings.CharNgramMin; n <= settings.CharNgramMax; n++)
        {
            for (var at = 0; at + n <= all.Length; at++)
                sink.Add(FeatureBlock.Chars, all.Slice(at, n));
        }
    }

    private int Copy(ReadOnlySpan<char> word)
    {
        word.CopyTo(Ensure(word.Length));
        return word.Length;
    }

    private int Append(int length, ReadOnlySpan<char> word)
    {
        var buffer = Ensure(length + 1 + word.Length);
        buffer[length] = ' ';
        word.CopyTo(buffer.AsSpan(length + 1));
        return length + 1 + word.Length;
    }

    private char[] Ensure(int length)
    {
        if (term.Length < length)
            Array.Resize(ref term, Math.Max(length, term.Length * 2));
        return term;
    }
}
