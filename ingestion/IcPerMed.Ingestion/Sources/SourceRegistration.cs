using System.CommandLine;
using IcPerMed.Ingestion.Harvesting;

namespace IcPerMed.Ingestion.Sources;

/// <summary>
/// Everything the rest of the program knows about one source, declared once in the source's folder: its name, its
/// <c>harvest SOURCE</c> command (description, --from help, options of its own and how they make a connector), its
/// default schedule, its bundled sample and whether <c>icpermed demo</c> harvests it. The CLI, the scheduled jobs,
/// <c>demo</c>, <c>status</c> and the dashboard enumerate <see cref="SourceRegistry"/>, so none of them names a source.
/// </summary>
public sealed record SourceRegistration
{
    /// <summary>The --from help every file source shares.</summary>
    public const string FileFromHelp = "A file, folder, zip or http(s) URL to read.";

    /// <summary>The source name as stored and typed: <c>harvest NAME</c>, job <c>harvest-NAME</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The help text of <c>harvest NAME</c> and the source's line on the dashboard.</summary>
    public required string Description { get; init; }

    /// <summary>The connector with its default query: what a scheduled job and <c>demo</c> run.</summary>
    public required Func<ISourceConnector> Connector { get; init; }

    /// <summary>
    /// The connector of a <c>harvest NAME</c> command line, from <see cref="Options"/>; null when the options change
    /// nothing (then <see cref="Connector"/>). Throws <see cref="SourceOptionException"/> for values the parser cannot check.
    /// </summary>
    public Func<ParseResult, ISourceConnector>? ConnectorFromOptions { get; init; }

    /// <summary>The options of <c>harvest NAME</c> besides the shared --from, --full, --state-dir and --format.</summary>
    public IReadOnlyList<Option> Options { get; init; } = [];

    /// <summary>The help of --from; " Default: " and the connector's default location are appended.</summary>
    public string FromHelp { get; init; } = FileFromHelp;

    /// <summary>When <c>serve</c> harvests the source unless configuration says otherwise; null: only when configured.</summary>
    public SourceSchedule? Schedule { get; init; }

    /// <summary>The bundled sample, relative to data/samples (beside the program: samples/); null when there is none.</summary>
    public string? Sample { get; init; }

    /// <summary>Whether <c>icpermed demo</c> harvests <see cref="Sample"/>.</summary>
    public bool InDemo { get; init; }

    /// <summary>The connector the parsed command line asks for.</summary>
    public ISourceConnector ConnectorFor(ParseResult parseResult) =>
        ConnectorFromOptions is { } fromOptions ? fromOptions(parseResult) : Connector();
}
