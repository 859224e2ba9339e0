namespace IcPerMed.Ingestion.Sources.Nfr;

/// <summary>The project-level fields of a row: the same on every row of one grant (the first row's are kept).</summary>
internal sealed record NfrProjectFields(
    string GrantId,
    string? Acronym,
    string? Title,
    string? Status,
    DateOnly? Start,
    DateOnly? End,
    string? Framework,
    string? Programme,
    string? Call,
    string? Topic,
    string? FundingScheme);

/// <summary>A checked row: one Norwegian organisation's participation in one H2020 grant and its EU money.</summary>
/// <param name="OrganisationSourceId">"no-orgnr:" + the Norwegian organisation number, or a derived key.</param>
/// <param name="Role">"Organisasjon rolle" lower-cased: coordinator, participant ...</param>
/// <param name="Order">"Deltakernr": the participant's number in the consortium.</param>
/// <param name="AmountEur">"Innvilget beløp organisasjon EUR" rounded to cents (the file has float artefacts); null when the
/// cell is empty: the participant states no amount, which counts as 0 in the project's Norwegian share.</param>
internal sealed record NfrParticipationRow(
    NfrProjectFields Project,
    string OrganisationSourceId,
    string OrganisationName,
    string Role,
    int? Order,
    decimal? AmountEur,
    NfrRow Row)
{
    public bool IsCoordinator => Role == "coordinator";
}

/// <summary>Why a row was quarantined: the field to blame and the reason in an analyst's words.</summary>
internal sealed record NfrRowProblem(string? Field, string Reason);
