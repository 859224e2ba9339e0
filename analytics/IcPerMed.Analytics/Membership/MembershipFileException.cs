namespace IcPerMed.Analytics.Membership;

/// <summary>
/// A members or consortium countries file that cannot be used, naming the file, line, field and reason. An
/// <see cref="IOException"/> (InvalidDataException is sealed), so the command line reports it as bad input, exit code 3.
/// </summary>
public sealed class MembershipFileException : IOException
{
    public MembershipFileException(string file, long line, string field, string reason)
        : base($"{file}, line {line}, field {field}: {reason}")
    {
        (File, Line, Field, Reason) = (file, line, field, reason);
    }

    public MembershipFileException() { }

    public MembershipFileException(string message) : base(message) { }

    public MembershipFileException(string message, Exception inner) : base(message, inner) { }

    public string File { get; } = "";

    public long Line { get; }

    public string Field { get; } = "";

    public string Reason { get; } = "";
}
