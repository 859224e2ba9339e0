namespace IcPerMed.Ingestion.Harvesting;

/// <summary>
/// The input is not what it claims to be (wrong separator, missing required column, truncated archive, another
/// format). The harvest stops and nothing is committed. The message names the file and the problem.
/// </summary>
public sealed class SourceFormatException : Exception
{
    public SourceFormatException(string file, string problem, Exception? inner = null)
        : base($"{file}: {problem}", inner)
    {
        File = file;
        Problem = problem;
    }

    public SourceFormatException() { File = Problem = string.Empty; }

    public SourceFormatException(string message) : base(message) { File = Problem = string.Empty; }

    public SourceFormatException(string message, Exception inner) : base(message, inner) { File = Problem = string.Empty; }

    /// <summary>The file (or URL, or zip entry) at fault.</summary>
    public string File { get; }

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; }
}
