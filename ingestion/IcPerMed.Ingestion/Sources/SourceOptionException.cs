namespace IcPerMed.Ingestion.Sources;

/// <summary>
/// A value of a source's own option that the command-line parser cannot check (a fiscal year out of range): the CLI
/// prints the message and exits with its usage code, before anything is read.
/// </summary>
public sealed class SourceOptionException(string message) : Exception(message);
