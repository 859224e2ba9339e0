using System.Text.Json;
using IcPerMed.Analytics.Classification;
using IcPerMed.Dashboards.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace IcPerMed.Dashboards.Web.Api;

/// <summary>
/// /api/projects/{source}/{id}: one project with its participants, classification and linked records, as its page shows
/// them (the search is added by the Explore page's API).
/// </summary>
public static class ProjectsApi
{
    public static void MapProjectsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/projects/{source}/{id}", async (string source, string id, ProjectDossierReader dossiers, CancellationToken ct) =>
        {
            if (await dossiers.GetAsync(source, id, ct).ConfigureAwait(false) is not { } dossier)
                return Results.NotFound(new { error = $"no project {source} {id}" });
            var (project, classification, links, participants) = (dossier.Record.Project, dossier.Classification, dossier.Record.Links, dossier.Record.Participants);
            var terms = classification.TopTermsJson is { } json ? JsonSerializer.Deserialize<List<TermContribution>>(json, JsonSerializerOptions.Web) : null;
            return Results.Ok(new
            {
                project,
                // Who takes part, in the source's order: organisation, role, country and contribution (source currency and EUR).
                participants,
                // The other records of the same project (another source, another funder) and why they are linked.
                linked_records = links,
                classification = new
                {
                    labels = LabelScheme.Labels,
                    classification.Decisions,
                    classification.Scores,
                    classification.DecidedBy,
                    decision = classification.Describe(),
                    classification.TextWords,
                    classification.MinimumWords,
                    classification.SourceSignal,
                    classification.TextLanguage,
                    classification.ModelLanguageShare,
                    classification.ModelVersion,
                    classification.Analyst,
                    classification.OverrideReason,
                    top_terms = terms,
                },
            });
        });
    }
}
