using Quartz;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>The fire times of a Quartz cron read in a time zone, computed the way the scheduler computes them.</summary>
public static class ScheduleCalendar
{
    /// <summary>The next <paramref name="count"/> fire times strictly after <paramref name="after"/>, in <paramref name="zone"/>'s local offset.</summary>
    public static IReadOnlyList<DateTimeOffset> Next(string cron, TimeZoneInfo zone, DateTimeOffset after, int count)
    {
        var expression = new CronExpression(cron) { TimeZone = zone };
        var fires = new List<DateTimeOffset>(count);
        for (var at = expression.GetNextValidTimeAfter(after); at is { } fire && fires.Count < count; at = expression.GetNextValidTimeAfter(fire))
            fires.Add(TimeZoneInfo.ConvertTime(fire, zone));
        return fires;
    }

    /// <summary>Null when <paramref name="cron"/> is a valid Quartz cron, otherwise why not.</summary>
    public static string? Problem(string cron)
    {
        try
        {
            CronExpression.ValidateExpression(cron);
            return null;
        }
        catch (FormatException error)
        {
            return error.Message;
        }
    }
}
