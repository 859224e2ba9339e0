namespace IcPerMed.Dashboards.Charts;

/// <summary>One cell of a chart's data table; numbers carry the drill-down to the projects behind them.</summary>
public sealed record ChartCell(string Text, ChartDrill? Drill = null);

/// <summary>The accessible data table beside a chart: the same numbers the chart draws, as text.</summary>
public sealed record ChartTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<ChartCell>> Rows);
