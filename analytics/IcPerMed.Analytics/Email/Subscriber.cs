namespace IcPerMed.Analytics.Email;

/// <summary>Someone who receives the quarterly KPI email, and what they asked for.</summary>
/// <param name="Id">The subscriber's number, part of the email's Message-Id.</param>
/// <param name="Email">Where the email goes (stored in lower case: one subscription per address).</param>
/// <param name="Name">How the email greets them ("" when not given).</param>
/// <param name="Kpis">The KPI ids they follow; empty means the headline set.</param>
/// <param name="Thresholds">KPI id → minimum absolute change in % against the previous quarter that makes an email worth
/// sending; empty means every quarter's email is worth sending.</param>
/// <param name="CreatedAt">When they subscribed.</param>
/// <param name="Active">False pauses their email without forgetting the subscription.</param>
public sealed record Subscriber(long Id, string Email, string Name, IReadOnlyList<string> Kpis,
    IReadOnlyDictionary<string, decimal> Thresholds, DateTimeOffset CreatedAt, bool Active);
