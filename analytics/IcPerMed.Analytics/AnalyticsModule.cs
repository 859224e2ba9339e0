using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace IcPerMed.Analytics;

/// <summary>The analytics module in a host: where the warehouse is, and the clock every stored timestamp comes from.</summary>
public static class AnalyticsModule
{
    /// <summary>
    /// Binds <see cref="WarehouseOptions"/> (section <c>Warehouse</c>) and <see cref="Membership.MembershipOptions"/> (section
    /// <c>Membership</c>: the members and consortium countries files) and registers <see cref="TimeProvider.System"/>
    /// unless the host (a test) registered its own clock first.
    /// </summary>
    public static IHostApplicationBuilder AddAnalytics(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<WarehouseOptions>().BindConfiguration(WarehouseOptions.Section);
        builder.Services.AddOptions<Membership.MembershipOptions>().BindConfiguration(Membership.MembershipOptions.Section);
        return builder;
    }
}
