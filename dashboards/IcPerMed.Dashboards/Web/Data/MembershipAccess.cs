using IcPerMed.Analytics.Membership;
using Microsoft.Extensions.Options;

namespace IcPerMed.Dashboards.Web.Data;

/// <summary>
/// The members and consortium countries files the settings name (section <c>Membership</c>; empty: the bundled lists),
/// read on every request: they are a few dozen lines, and an edit shows at the next page load.
/// </summary>
public sealed class MembershipAccess(IOptions<MembershipOptions> options, WarehouseAccess access)
{
    /// <summary>Who is missing, or the problem with a file (its name, line, field and reason) when one cannot be read.</summary>
    public async Task<(MembershipCoverage? Coverage, string? Problem)> GetCoverageAsync(CancellationToken cancellationToken)
    {
        MembershipList list;
        try
        {
            list = await MembershipList.LoadAsync(options.Value, cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            return (null, e.Message);
        }
        var warehouse = await access.GetAsync().ConfigureAwait(false);
        return (await warehouse.GetMembershipCoverageAsync(list, cancellationToken).ConfigureAwait(false), null);
    }
}
