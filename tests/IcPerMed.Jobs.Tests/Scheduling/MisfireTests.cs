using System.Collections.Concurrent;
using System.Collections.Specialized;
using IcPerMed.Jobs.Scheduling;
using IcPerMed.Jobs.Serve;
using Quartz;
using Quartz.Impl;
using Xunit;

namespace IcPerMed.Jobs.Tests.Scheduling;

/// <summary>
/// A service that was down when a fire was due: an in-memory Quartz scheduler with a trigger whose start lies an
/// hour in the past, far beyond the one-minute misfire threshold, with our two misfire policies.
/// </summary>
public sealed class MisfireTests
{
    private static readonly ConcurrentDictionary<string, int> Fires = new();

    [Theory]
    [InlineData(MisfirePolicy.FireOnceNow, 1)]
    [InlineData(MisfirePolicy.DoNothing, 0)]
    public async Task Missed_fires_run_once_or_not_at_all_as_the_policy_says(MisfirePolicy policy, int expected)
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var id = Guid.NewGuid().ToString("N");
        // No host here: Quartz must not log through a factory a web test disposed (see SchedulerLogRelease).
        Quartz.Logging.LogContext.SetCurrentLogProvider(Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance);
        var scheduler = await new StdSchedulerFactory(new NameValueCollection
        {
            ["quartz.scheduler.instanceName"] = "misfire-" + id,
            ["quartz.jobStore.misfireThreshold"] = "60000",
            ["quartz.threadPool.maxConcurrency"] = "2",
        }).GetScheduler(cancellationToken);
        // Quartz reads the real clock, so the test does too.
        var now = TimeProvider.System.GetUtcNow();
        // Hourly, half an hour from now, started an hour ago: the fire half an hour ago was missed, the next is far off.
        var job = JobBuilder.Create<CountingJob>().WithIdentity(id).UsingJobData("id", id).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(id).StartAt(now.AddHours(-1))
            .WithSchedule(JobHosting.ApplyMisfire(CronScheduleBuilder.CronSchedule($"0 {(now.Minute + 30) % 60} * * * ?"), policy)).Build();
        await scheduler.ScheduleJob(job, trigger, cancellationToken);
        await scheduler.Start(cancellationToken);
        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);

        Assert.Equal(expected, Fires.GetValueOrDefault(id));
    }

    private sealed class CountingJob : IJob
    {
        public Task Execute(IJobExecutionContext context)
        {
            Fires.AddOrUpdate(context.MergedJobDataMap.GetString("id")!, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
