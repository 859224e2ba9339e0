using IcPerMed.Analytics.Model;

namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The reference tables that name what projects point to: topics (call topic code and title) and legalBasis
/// (programme part and title) become <see cref="ProgrammeEntry"/> rows of the EC; euroSciVoc (the CORDIS field of
/// science classification) becomes <see cref="ProjectSubject"/> rows. The tables have one row per project, so a
/// code repeats; the warehouse keeps one entry per (funder, kind, code).
/// </summary>
internal sealed class CordisReferenceMapper : ICordisRowMapper
{
    private const string EuroSciVocScheme = "euroSciVoc";

    private readonly CordisPart part;
    private readonly CordisMapping mapping;
    private readonly string codeColumn;
    private readonly int? projectId, code, title, path;

    public CordisReferenceMapper(CordisPart part, CordisHeader header, CordisMapping mapping)
    {
        header.Require(CordisParts.RequiredColumns(part));
        this.part = part;
        this.mapping = mapping;
        codeColumn = part switch
        {
            CordisPart.Topics => "topic",
            CordisPart.LegalBasis => "legalBasis",
            CordisPart.EuroSciVoc => "euroSciVocCode",
            _ => throw new ArgumentOutOfRangeException(nameof(part), part, "not a reference table"),
        };
        projectId = header["projectID"];
        code = header[codeColumn];
        title = header[part == CordisPart.EuroSciVoc ? "euroSciVocTitle" : "title"];
        path = header["euroSciVocPath"];
    }

    public async ValueTask MapAsync(CordisRow row, CancellationToken cancellationToken)
    {
        var sink = mapping.Sink;
        var project = row[projectId];
        if (row[code] is not { } value)
        {
            await sink.QuarantineAsync(row.Quarantine(codeColumn, $"missing {codeColumn}", project), cancellationToken);
            return;
        }
        var funder = CordisConnector.EuropeanCommission.Id;
        if (part == CordisPart.Topics)
        {
            await sink.AddProgrammeAsync(new ProgrammeEntry(funder, ProgrammeKind.Topic, value, row[title], null, row.Origin), cancellationToken);
        }
        else if (part == CordisPart.LegalBasis)
        {
            await sink.AddProgrammeAsync(new ProgrammeEntry(funder, ProgrammeKind.Programme, value, row[title], ParentOf(value), row.Origin),
                cancellationToken);
        }
        else if (project is null || !CordisValues.IsId(project))
        {
            var reason = project is null ? "subject without projectID" : $"projectID '{project}' is not a number";
            await sink.QuarantineAsync(row.Quarantine("projectID", reason, project), cancellationToken);
        }
        else
        {
            await sink.AddSubjectAsync(new ProjectSubject(CordisConnector.SourceName, project, EuroSciVocScheme, value,
                row[title], row[path], row.Origin), cancellationToken);
        }
    }

    /// <summary>
    /// The programme part one level up: "HORIZON.2.1.4" → "HORIZON.2.1", "H2020-EU.3.1.1." → "H2020-EU.3.1.";
    /// null at the top ("HORIZON.2" has the framework above it, which is not a programme part).
    /// </summary>
    internal static string? ParentOf(string legalBasis)
    {
        var trailingDot = legalBasis.EndsWith('.');
        var body = trailingDot ? legalBasis[..^1] : legalBasis;
        var cut = body.LastIndexOf('.');
        if (cut <= 0 || body.IndexOf('.') == cut)
            return null;
        return body[..cut] + (trailingDot ? "." : string.Empty);
    }
}
