using System.Runtime.CompilerServices;
using IcPerMed.Dashboards.Charts;
using IcPerMed.Tests.Support;

namespace IcPerMed.Dashboards.Tests.Charts;

/// <summary>Every chart test leaves its picture in test-images/ (ignored by git) so a reviewer can look at it.</summary>
internal static class ChartImages
{
    public static byte[] Save(DashboardChart chart, int width = 960, int height = 480, [CallerMemberName] string test = "")
    {
        var png = chart.ToPng(width, height);
        var folder = TestPaths.Repo("test-images");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, test + ".png"), png);
        return png;
    }
}
