using IcPerMed.Analytics.Warehouse.Harvest;
using Xunit;

namespace IcPerMed.Analytics.Tests.Warehouse;

internal readonly record struct HarvestSummaryAssert(HarvestSummary Value)
{
    public void Is(long projects, long inserted, long updated, long unchanged, long organisations, long participations, long quarantined) =>
        Assert.Equal(
            (projects, inserted, updated, unchanged, organisations, participations, quarantined),
            (Value.Projects, Value.ProjectsInserted, Value.ProjectsUpdated, Value.ProjectsUnchanged, Value.Organisations,
                Value.Participations, Value.Quarantined));
}
