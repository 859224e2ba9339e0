namespace IcPerMed.Ingestion.Sources.Cordis;

/// <summary>
/// The project table of the current (2021+) H2020 and Horizon Europe editions: one project per row. The lead
/// country is left empty: the warehouse takes it from the coordinator's participation.
/// </summary>
internal sealed class CordisProjectMapper : ICordisRowMapper
{
    private readonly CordisProjectColumns columns;
    private readonly CordisMapping mapping;

    public CordisProjectMapper(CordisHeader header, CordisMapping mapping)
    {
        header.Require(CordisParts.RequiredColumns(CordisPart.Project));
        columns = new CordisProjectColumns(header);
        this.mapping = mapping;
    }

    public async ValueTask MapAsync(CordisRow row, CancellationToken cancellationToken)
    {
        if (CordisProjectRow.TryRead(row, columns, mapping, out var project, out var problem))
            await mapping.Sink.AddProjectAsync(project, cancellationToken);
        else
            await mapping.Sink.QuarantineAsync(problem, cancellationToken);
    }
}
