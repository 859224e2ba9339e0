using ScottPlot;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// The Okabe–Ito colours (Okabe and Ito, "Color Universal Design", 2008), distinguishable with every common colour-vision
/// deficiency. Each challenge keeps its colour in every chart, report and email.
/// </summary>
public static class ChartPalette
{
    public static Color Orange { get; } = Color.FromHex("#E69F00");
    public static Color SkyBlue { get; } = Color.FromHex("#56B4E9");
    public static Color BluishGreen { get; } = Color.FromHex("#009E73");
    public static Color Blue { get; } = Color.FromHex("#0072B2");
    public static Color Vermillion { get; } = Color.FromHex("#D55E00");
    public static Color ReddishPurple { get; } = Color.FromHex("#CC79A7");
    public static Color Grey { get; } = Color.FromHex("#999999");

    /// <summary>The colour of c1..c5 and of "none" (no challenge); Okabe–Ito's yellow is left out, it fades on white.</summary>
    public static Color Challenge(string challenge) => challenge switch
    {
        "c1" => Orange,
        "c2" => SkyBlue,
        "c3" => BluishGreen,
        "c4" => Blue,
        "c5" => ReddishPurple,
        _ => Grey,
    };

    /// <summary>Below, at and above the consortium share in the gap heatmap: vermillion, white, blue (diverging).</summary>
    public static IColormap GapColormap { get; } = new ScottPlot.Colormaps.CustomInterpolated([Vermillion, Colors.White, Blue]);
}
