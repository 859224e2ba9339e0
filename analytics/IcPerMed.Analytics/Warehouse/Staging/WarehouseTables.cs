using IcPerMed.Analytics.Model;

namespace IcPerMed.Analytics.Warehouse.Staging;

/// <summary>The layout of every harvested table, in the column order of Migrations/001_initial.sql.</summary>
public static class WarehouseTables
{
    public static readonly TableShape<StagedRow<Project>> Project = new(
        "project",
        ["source", "source_id"],
        [
            Text<Project>("source", p => p.Source),
            Text<Project>("source_id", p => p.SourceId),
            Text<Project>("acronym", p => p.Acronym),
            Text<Project>("title", p => p.Title),
            Text<Project>("abstract", p => p.Abstract),
            Text<Project>("status", p => p.Status),
            Of<Project>("start_date", ColumnType.Date, p => p.StartDate),
            Of<Project>("end_date", ColumnType.Date, p => p.EndDate),
            Text<Project>("funder_id", p => p.FunderId),
            Text<Project>("framework", p => p.Framework),
            Text<Project>("programme_code", p => p.Programme),
            Text<Project>("call_code", p => p.Call),
            Text<Project>("topic_code", p => p.Topic),
            Text<Project>("funding_scheme", p => p.FundingScheme),
            Of<Project>("funding_amount", ColumnType.Decimal, p => p.Funding?.Amount),
            Text<Project>("funding_currency", p => p.Funding?.Currency),
            Of<Project>("funding_eur", ColumnType.Decimal, p => p.Funding?.AmountEur),
            Of<Project>("eur_rate", ColumnType.Decimal, p => p.Funding?.EurRate),
            Of<Project>("eur_rate_date", ColumnType.Date, p => p.Funding?.RateDate),
            Text<Project>("eur_rate_source", p => p.Funding?.RateSource),
            Text<Project>("funding_basis", p => p.Funding is null ? null : FundingBasis.Reported),
            Of<Project>("total_cost_amount", ColumnType.Decimal, p => p.TotalCost?.Amount),
            Of<Project>("total_cost_eur", ColumnType.Decimal, p => p.TotalCost?.AmountEur),
            Text<Project>("lead_country", p => p.LeadCountry),
            .. Provenance<Project>(p => p.RawHash, p => p.Origin),
            // Added by migration 016, so last in the table; content, not provenance: a new address updates the row.
            Text<Project>("record_page", p => p.RecordPage),
        ]);

    public static readonly TableShape<StagedRow<Organisation>> Organisation = new(
        "organisation",
        ["source", "source_id"],
        [
            Text<Organisation>("source", o => o.Source),
            Text<Organisation>("source_id", o => o.SourceId),
            Text<Organisation>("name", o => o.Name),
            Text<Organisation>("short_name", o => o.ShortName),
            Text<Organisation>("activity_type", o => o.ActivityType),
            Of<Organisation>("sme", ColumnType.Boolean, o => o.Sme),
            Text<Organisation>("city", o => o.City),
            Text<Organisation>("country", o => o.Country),
            Text<Organisation>("url", o => o.Url),
            .. Provenance<Organisation>(o => o.RawHash, o => o.Origin),
        ]);

    public static readonly TableShape<StagedRow<Participation>> Participation = new(
        "participation",
        ["source", "project_source_id", "organisation_source_id", "role", "position"],
        [
            Text<Participation>("source", p => p.Source),
            Text<Participation>("project_source_id", p => p.ProjectSourceId),
            Text<Participation>("organisation_source_id", p => p.OrganisationSourceId),
            Text<Participation>("role", p => p.Role),
            Text<Participation>("country", p => p.Country),
            // 0 when the source gives no position: third parties share their beneficiary's number, so position is part of the key.
            Of<Participation>("position", ColumnType.Integer, p => p.Order ?? 0),
            Of<Participation>("contribution_amount", ColumnType.Decimal, p => p.Contribution?.Amount),
            Text<Participation>("contribution_currency", p => p.Contribution?.Currency),
            Of<Participation>("contribution_eur", ColumnType.Decimal, p => p.Contribution?.AmountEur),
            Of<Participation>("eur_rate", ColumnType.Decimal, p => p.Contribution?.EurRate),
            Of<Participation>("eur_rate_date", ColumnType.Date, p => p.Contribution?.RateDate),
            Text<Participation>("eur_rate_source", p => p.Contribution?.RateSource),
            .. Provenance<Participation>(p => p.RawHash, p => p.Origin),
        ]);

    public static readonly TableShape<StagedRow<ProgrammeEntry>> Programme = new(
        "programme",
        ["funder_id", "kind", "code"],
        [
            Text<ProgrammeEntry>("funder_id", p => p.FunderId),
            Text<ProgrammeEntry>("kind", p => p.Kind.ToString().ToLowerInvariant()),
            Text<ProgrammeEntry>("code", p => p.Code),
            Text<ProgrammeEntry>("title", p => p.Title),
            Text<ProgrammeEntry>("parent_code", p => p.ParentCode),
            Text<ProgrammeEntry>("allows_pm", p => p.AllowsPm),
            Text<ProgrammeEntry>("pm_scope", p => p.PmScope),
            Text<ProgrammeEntry>("url", p => p.Url),
            Text<ProgrammeEntry>("source_url", p => p.SourceUrl),
            Of<ProgrammeEntry>("checked_on", ColumnType.Date, p => p.CheckedOn),
            Run<ProgrammeEntry>(),
            Fetched<ProgrammeEntry>(),
            Text<ProgrammeEntry>("source_file", p => p.Origin.File),
            Of<ProgrammeEntry>("source_line", ColumnType.BigInt, p => p.Origin.Line),
        ]);

    public static readonly TableShape<StagedRow<ProjectSubject>> Subject = new(
        "project_subject",
        ["source", "project_source_id", "scheme", "code"],
        [
            Text<ProjectSubject>("source", s => s.Source),
            Text<ProjectSubject>("project_source_id", s => s.ProjectSourceId),
            Text<ProjectSubject>("scheme", s => s.Scheme),
            Text<ProjectSubject>("code", s => s.Code),
            Text<ProjectSubject>("label", s => s.Label),
            Text<ProjectSubject>("path", s => s.Path),
            Run<ProjectSubject>(),
            Fetched<ProjectSubject>(),
            Text<ProjectSubject>("source_file", s => s.Origin.File),
            Of<ProjectSubject>("source_line", ColumnType.BigInt, s => s.Origin.Line),
        ]);

    private static Column<StagedRow<T>> Text<T>(string name, Func<T, string?> value) =>
        new(name, ColumnType.Text, r => value(r.Record));

    private static Column<StagedRow<T>> Of<T>(string name, ColumnType type, Func<T, object?> value) =>
        new(name, type, r => value(r.Record));

    private static Column<StagedRow<T>> Run<T>() => new("harvest_run_id", ColumnType.BigInt, r => r.HarvestRunId);

    private static Column<StagedRow<T>> Fetched<T>() => new("fetched_at", ColumnType.TimestampTz, r => r.FetchedAt);

    private static Column<StagedRow<T>>[] Provenance<T>(Func<T, string> rawHash, Func<T, RecordOrigin> origin) =>
    [
        Run<T>(),
        Fetched<T>(),
        Text<T>("raw_hash", rawHash),
        Text<T>("source_file", r => origin(r).File),
        Of<T>("source_line", ColumnType.BigInt, r => origin(r).Line),
    ];
}
