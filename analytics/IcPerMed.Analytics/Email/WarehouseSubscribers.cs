using System.Data.Common;
using System.Text.Json;
using IcPerMed.Analytics.Warehouse;

namespace IcPerMed.Analytics.Email;

/// <summary>The subscribers of the quarterly KPI email.</summary>
public static class WarehouseSubscribers
{
    private const string SubscriberColumns = "id, email, name, kpis, thresholds, created_at, active";

    /// <summary>Subscribes <paramref name="email"/>; throws <see cref="InvalidOperationException"/> when it already is.</summary>
    public static async Task<Subscriber> AddSubscriberAsync(this Warehouse.Warehouse warehouse, string email, string name, IReadOnlyList<string> kpis,
        IReadOnlyDictionary<string, decimal> thresholds, CancellationToken cancellationToken)
    {
        var address = NormaliseEmail(email);
        if (await warehouse.GetSubscriberAsync(address, cancellationToken).ConfigureAwait(false) is not null)
            throw new InvalidOperationException($"{address} is already subscribed");
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var id = await connection.ScalarAsync<long>(null, "SELECT nextval('subscriber_id_seq')", cancellationToken).ConfigureAwait(false);
        var subscriber = new Subscriber(id, address, name.Trim(), kpis, thresholds, warehouse.Time.GetUtcNow(), Active: true);
        await connection.ExecuteAsync(null, $"INSERT INTO subscriber ({SubscriberColumns}) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            cancellationToken, id, address, subscriber.Name, string.Join(',', kpis), JsonSerializer.Serialize(thresholds),
            subscriber.CreatedAt, true).ConfigureAwait(false);
        return subscriber;
    }

    /// <summary>Replaces the name, KPIs, thresholds and active flag of the subscriber with <c>subscriber.Id</c>.</summary>
    /// <returns>False when there is no such subscriber.</returns>
    public static async Task<bool> UpdateSubscriberAsync(this Warehouse.Warehouse warehouse, Subscriber subscriber, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(null, "UPDATE subscriber SET name = $2, kpis = $3, thresholds = $4, active = $5 WHERE id = $1",
            cancellationToken, subscriber.Id, subscriber.Name, string.Join(',', subscriber.Kpis), JsonSerializer.Serialize(subscriber.Thresholds),
            subscriber.Active).ConfigureAwait(false) > 0;
    }

    /// <summary>Forgets the subscription of <paramref name="email"/>; its outbox rows stay as history.</summary>
    /// <returns>False when the address was not subscribed.</returns>
    public static async Task<bool> RemoveSubscriberAsync(this Warehouse.Warehouse warehouse, string email, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.ExecuteAsync(null, "DELETE FROM subscriber WHERE email = $1", cancellationToken, NormaliseEmail(email))
            .ConfigureAwait(false) > 0;
    }

    /// <summary>Every subscriber (active or not), in the order they subscribed.</summary>
    public static async Task<IReadOnlyList<Subscriber>> ListSubscribersAsync(this Warehouse.Warehouse warehouse, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        return await connection.QueryAsync($"SELECT {SubscriberColumns} FROM subscriber ORDER BY id", ReadSubscriber, cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>The subscriber with this address, or null.</summary>
    public static async Task<Subscriber?> GetSubscriberAsync(this Warehouse.Warehouse warehouse, string email, CancellationToken cancellationToken)
    {
        await using var connection = await warehouse.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await connection.QueryAsync($"SELECT {SubscriberColumns} FROM subscriber WHERE email = $1", ReadSubscriber,
            cancellationToken, NormaliseEmail(email)).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    private static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    private static Subscriber ReadSubscriber(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2),
        r.GetString(3).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        JsonSerializer.Deserialize<Dictionary<string, decimal>>(r.GetString(4)) ?? [], r.GetTimestamp(5)!.Value, r.GetBoolean(6));
}
