using System.Text.Json;
using IcPerMed.Analytics.Classification;
using IcPerMed.Analytics.Classification.Store;
using IcPerMed.Analytics.Warehouse;
using IcPerMed.Dashboards.Web.Data;
using IcPerMed.Dashboards.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Logging;

namespace IcPerMed.Dashboards.Pages.Projects;

/// <summary>One project: record, provenance, money, classification with probabilities and top terms, and the analyst's correction form.</summary>
public sealed class ShowModel(WarehouseAccess access, ProjectDossierReader dossiers, QuarterAnalytics analytics, ModelMetadataCache models, IAuthorizationService authorization,
    ILogger<ShowModel> logger) : PageModel
{
    public StoredProject Project { get; private set; } = null!;
    public StoredClassification? Classification { get; private set; }
    public IReadOnlyDictionary<string, double>? Thresholds { get; private set; }

    /// <summary>Whether the current model decides pm by the mean of its two members (the pm model and its NB-SVM twin).</summary>
    public bool PmEnsemble { get; private set; }
    public IReadOnlyList<TermContribution> Terms { get; private set; } = [];
    public IReadOnlyList<ProjectParticipation> Participants { get; private set; } = [];
    public IReadOnlyList<Analytics.Linking.LinkedRecord> Links { get; private set; } = [];
    public bool CanCorrect { get; private set; }
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string source, string id, string? saved, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(source, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        if (saved is not null) Message = $"Correction {saved} saved.";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string source, string id, string[] labels, string? reason, CancellationToken cancellationToken)
    {
        // Razor Pages cannot put [Authorize] on one handler, so the POST checks the analyst policy itself.
        if (!(await authorization.AuthorizeAsync(User, DashboardRoles.CanCorrect).ConfigureAwait(false)).Succeeded) return Forbid();
        if (!await LoadAsync(source, id, cancellationToken).ConfigureAwait(false)) return NotFound();
        if (string.IsNullOrWhiteSpace(reason)) return this.BadRequestPage("reason: say why the labels are corrected");
        var unknown = labels.Where(l => !LabelScheme.Labels.Contains(l)).ToList();
        if (unknown.Count > 0) return this.BadRequestPage($"labels: unknown {string.Join(", ", unknown)}");
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        var overrideId = await warehouse.AddOverrideAsync(new LabelOverride(source, id,
            [.. LabelScheme.Labels.Select(labels.Contains)], User.Identity!.Name!, reason.Trim()), cancellationToken).ConfigureAwait(false);
        analytics.Invalidate();
        logger.LogInformation("{User} corrected {Source} {Id} to {Labels} (override {Override})", User.Identity.Name, source, id, string.Join(",", labels), overrideId);
        return RedirectToPage(new { source, id, saved = overrideId });
    }

    private async Task<bool> LoadAsync(string source, string id, CancellationToken cancellationToken)
    {
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        if (await dossiers.GetAsync(source, id, cancellationToken).ConfigureAwait(false) is not { } dossier) return false;
        (Project, Participants, Links) = (dossier.Record.Project, dossier.Record.Participants, dossier.Record.Links);
        Classification = dossier.Classification;
        var metadata = (await models.GetAsync(warehouse, dossier.ModelVersion, cancellationToken).ConfigureAwait(false)).Metadata;
        Thresholds = metadata?.Thresholds;
        PmEnsemble = metadata?.PmEnsemble ?? false;
        Terms = Classification?.TopTermsJson is { } json ? JsonSerializer.Deserialize<List<TermContribution>>(json, JsonSerializerOptions.Web) ?? [] : [];
        CanCorrect = (await authorization.AuthorizeAsync(User, DashboardRoles.CanCorrect).ConfigureAwait(false)).Succeeded;
        return true;
    }
}
