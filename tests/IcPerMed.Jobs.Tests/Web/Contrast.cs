using System.Globalization;
using System.Text.RegularExpressions;

namespace IcPerMed.Jobs.Tests.Web;

/// <summary>
/// WCAG 2.1's contrast ratio of two colours as a browser reports them ("rgb(r, g, b)"): (L1 + 0.05) / (L2 + 0.05) of
/// their relative luminances (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). E.g. #f5a623 on white is 2.03:1.
/// </summary>
public static partial class Contrast
{
    public static double Ratio(string a, string b)
    {
        var (la, lb) = (Luminance(a), Luminance(b));
        return (Math.Max(la, lb) + 0.05) / (Math.Min(la, lb) + 0.05);
    }

    private static double Luminance(string rgb)
    {
        var m = Rgb().Match(rgb);
        if (!m.Success)
            throw new FormatException($"not an rgb() colour: {rgb}");
        double Channel(int i)
        {
            var c = int.Parse(m.Groups[i].Value, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(1) + 0.7152 * Channel(2) + 0.0722 * Channel(3);
    }

    [GeneratedRegex(@"rgba?\((\d+),\s*(\d+),\s*(\d+)")]
    private static partial Regex Rgb();
}
