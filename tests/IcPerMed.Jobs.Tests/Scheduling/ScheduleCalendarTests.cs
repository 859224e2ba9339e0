using IcPerMed.Jobs.Scheduling;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>The fire times Quartz computes for our crons, in Europe/Berlin, across a year end and daylight-saving changes.</summary>
public sealed class ScheduleCalendarTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    [Fact]
    public void Quarterly_cron_fires_on_the_first_Monday_of_each_quarter_across_the_year_end()
    {
        var fires = ScheduleCalendar.Next(JobSchedules.Quarterly, Berlin, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), 4);

        Assert.Equal(
        [
            new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2027, 4, 5, 8, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 7, 5, 8, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 10, 4, 8, 0, 0, TimeSpan.FromHours(2)),
        ], fires);
        Assert.All(fires, fire => Assert.Equal(DayOfWeek.Monday, fire.DayOfWeek));
    }

    [Fact]
    public void Quarterly_cron_keeps_08_00_local_so_its_UTC_instant_moves_an_hour_with_daylight_saving()
    {
        var fires = ScheduleCalendar.Next(JobSchedules.Quarterly, Berlin, new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal(new DateTimeOffset(2027, 1, 4, 7, 0, 0, TimeSpan.Zero), fires[0].ToUniversalTime());
        Assert.Equal(new DateTimeOffset(2027, 4, 5, 6, 0, 0, TimeSpan.Zero), fires[1].ToUniversalTime());
    }

    [Fact]
    public void Daily_02_30_cron_on_the_spring_forward_day_fires_at_03_30_summer_time()
    {
        // 2027-03-28 02:00 CET the clocks jump to 03:00 CEST: 02:30 does not exist that day in Berlin.
        var fires = ScheduleCalendar.Next("0 30 2 * * ?", Berlin, new DateTimeOffset(2027, 3, 26, 12, 0, 0, TimeSpan.Zero), 4);

        Assert.Equal(
        [
            new DateTimeOffset(2027, 3, 27, 2, 30, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2027, 3, 28, 3, 30, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 3, 29, 2, 30, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 3, 30, 2, 30, 0, TimeSpan.FromHours(2)),
        ], fires);
    }

    [Fact]
    public void A_bad_cron_is_named_with_the_reason()
    {
        Assert.Null(ScheduleCalendar.Problem(JobSchedules.Quarterly));
        Assert.NotNull(ScheduleCalendar.Problem("0 0 8 ? JAN MON#9"));
    }
}
