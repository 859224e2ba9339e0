namespace IcPerMed.Analytics.Trends;

/// <summary>One forecast value with its prediction interval, never below zero.</summary>
/// <param name="Step">How many periods (quarters) after the last observation: 1 is the next one.</param>
/// <param name="Value">The point forecast.</param>
/// <param name="Lower">The lower end of the prediction interval.</param>
/// <param name="Upper">The upper end of the prediction interval.</param>
public sealed record ForecastPoint(int Step, double Value, double Lower, double Upper);
