namespace IcPerMed.Jobs.Cli;

/// <summary>A usage mistake the parser cannot see (a bad quarter, an unknown challenge): exit code 2 with the message.</summary>
public sealed class UsageException(string message) : Exception(message);
