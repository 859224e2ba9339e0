using System.CommandLine;
using System.Globalization;
using IcPerMed.Analytics.Email;
using IcPerMed.Analytics.Kpis;
using IcPerMed.Analytics.Snapshots;
using IcPerMed.Jobs.Email;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// <c>icpermed subscribers add|list|remove</c>: who receives the quarterly KPI email, which KPIs it shows them and the
/// thresholds that make it worth sending.
/// </summary>
public static class SubscribersCommand
{
    public static Command Create()
    {
        var command = new Command("subscribers", "Manage who receives the quarterly KPI email, with which KPIs and thresholds.");
        command.Subcommands.Add(CreateAdd());
        command.Subcommands.Add(CreateList());
        command.Subcommands.Add(CreateRemove());
        return command;
    }

    private static Command CreateAdd()
    {
        var email = new Argument<string>("email") { Description = "The subscriber's email address." };
        var name = new Option<string>("--name") { Description = "How the email greets them.", DefaultValueFactory = _ => "" };
        var kpis = new Option<string[]>("--kpis")
        {
            Description = "The KPI ids their email shows, separated by commas. Default: the headline KPIs.",
            AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [],
        };
        var thresholds = new Option<string[]>("--threshold")
        {
            Description = "KPI=PERCENT: send only when that KPI changed against the previous quarter by more than PERCENT % " +
                          "(any one threshold exceeded is enough). Repeatable. Default: every quarter.",
            AllowMultipleArgumentsPerToken = true, DefaultValueFactory = _ => [],
        };
        var command = new Command("add", "Subscribe an address to the quarterly KPI email, or replace an existing subscription.") { email, name, kpis, thresholds };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            var address = parseResult.GetValue(email)!.Trim();
            if (!EmailAddressRules.TryParse(address, out var mailbox, out var reason))
                throw new UsageException(reason);
            var ids = parseResult.GetValue(kpis)!.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                .Select(KpiId).Distinct().ToList();
            var limits = parseResult.GetValue(thresholds)!.Select(Threshold).ToDictionary(t => t.Kpi, t => t.Percent);
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            if (await warehouse.GetSubscriberAsync(mailbox.Address, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                await warehouse.UpdateSubscriberAsync(existing with { Name = parseResult.GetValue(name)!, Kpis = ids, Thresholds = limits, Active = true },
                    cancellationToken).ConfigureAwait(false);
                Console.WriteLine($"subscription of {existing.Email} replaced");
                return CommandRunner.Ok;
            }
            var added = await warehouse.AddSubscriberAsync(mailbox.Address, parseResult.GetValue(name)!, ids, limits, cancellationToken).ConfigureAwait(false);
            Console.WriteLine($"{added.Email} subscribed (id {added.Id.ToString(CultureInfo.InvariantCulture)})");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateList()
    {
        var command = new Command("list", "Every subscriber with their KPIs and thresholds.") { GlobalOptions.Format };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            var subscribers = await warehouse.ListSubscribersAsync(cancellationToken).ConfigureAwait(false);
            if (parseResult.GetValue(GlobalOptions.Format) == OutputFormat.Json)
            {
                Console.WriteLine(SnapshotJson.Write(subscribers));
                return CommandRunner.Ok;
            }
            foreach (var s in subscribers)
                Console.WriteLine(string.Join('\t', s.Email, s.Name, s.Kpis.Count == 0 ? "headline KPIs" : string.Join(',', s.Kpis),
                    string.Join(',', s.Thresholds.Select(t => FormattableString.Invariant($"{t.Key}>{t.Value}%"))), s.Active ? "active" : "paused"));
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static Command CreateRemove()
    {
        var email = new Argument<string>("email") { Description = "The address to unsubscribe." };
        var command = new Command("remove", "Unsubscribe an address (the outbox keeps what was sent to it).") { email };
        command.SetAction((parseResult, cancellationToken) => CommandRunner.RunAsync(parseResult, async context =>
        {
            await using var warehouse = await context.OpenWarehouseAsync(cancellationToken).ConfigureAwait(false);
            if (!await warehouse.RemoveSubscriberAsync(parseResult.GetValue(email)!, cancellationToken).ConfigureAwait(false))
                throw new KeyNotFoundException($"{parseResult.GetValue(email)} is not subscribed");
            Console.WriteLine($"{parseResult.GetValue(email)} unsubscribed");
            return CommandRunner.Ok;
        }, cancellationToken));
        return command;
    }

    private static string KpiId(string id) =>
        KpiCatalogue.All.FirstOrDefault(k => string.Equals(k.Id, id, StringComparison.OrdinalIgnoreCase))?.Id
        ?? throw new UsageException($"no KPI '{id}'; the KPIs are: {string.Join(", ", KpiCatalogue.All.Select(k => k.Id))}");

    private static (string Kpi, decimal Percent) Threshold(string text)
    {
        var parts = text.Split('=', 2, StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !decimal.TryParse(parts[1].TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) || percent < 0)
            throw new UsageException($"--threshold '{text}' is not KPI=PERCENT, for example pm-funding-per-year=5");
        return (KpiId(parts[0]), percent);
    }
}
