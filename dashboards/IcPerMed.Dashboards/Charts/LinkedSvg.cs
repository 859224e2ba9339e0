using System.Globalization;
using System.Xml.Linq;

namespace IcPerMed.Dashboards.Charts;

/// <summary>
/// A chart's SVG made fit to sit inside a page: the drawing as ScottPlot wrote it, kept to plain shapes and text (the
/// chart's words come from the data, so anything that could run or load is dropped), scalable, named for screen
/// readers, with a keyboard-reachable link over every area that has projects behind it.
/// </summary>
internal static class LinkedSvg
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    // What ScottPlot draws with; anything else (script, foreignObject, image, use, a) is not a chart's.
    private static readonly HashSet<string> Drawing = ["svg", "g", "defs", "clipPath", "path", "rect", "circle", "ellipse", "line", "polyline",
        "polygon", "text", "tspan", "title", "desc", "pattern", "linearGradient", "radialGradient", "stop"];

    /// <summary>One link to draw: where it goes, what it is called, where it sits in pixels of the drawn chart.</summary>
    public sealed record Area(string Href, string Label, double X, double Y, double Width, double Height);

    public static string Compose(string svgXml, string name, IReadOnlyList<Area> areas, int width, int height)
    {
        var document = XDocument.Parse(svgXml);
        var root = document.Root ?? throw new InvalidOperationException("the chart has no SVG root");
        Sanitize(root);
        root.SetAttributeValue("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {width} {height}"));
        root.SetAttributeValue("role", "group");
        root.SetAttributeValue("aria-label", name);
        root.SetAttributeValue("class", "chart-drawing");
        if (areas.Count > 0)
            root.Add(new XElement(Svg + "g", new XAttribute("class", "chart-links"), areas.Select(Link)));
        return root.ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Link(Area area) => new(Svg + "a",
        new XAttribute("href", area.Href),
        new XAttribute("aria-label", area.Label),
        new XElement(Svg + "title", area.Label),
        new XElement(Svg + "rect",
            new XAttribute("x", Number(area.X)), new XAttribute("y", Number(area.Y)),
            new XAttribute("width", Number(area.Width)), new XAttribute("height", Number(area.Height)),
            new XAttribute("fill", "transparent")));

    private static void Sanitize(XElement root)
    {
        foreach (var element in root.DescendantsAndSelf().ToList())
        {
            if (element != root && (element.Name.Namespace != Svg || !Drawing.Contains(element.Name.LocalName)))
            {
                element.Remove();
                continue;
            }
            foreach (var attribute in element.Attributes().ToList())
            {
                var local = attribute.Name.LocalName;
                if (local.StartsWith("on", StringComparison.OrdinalIgnoreCase) || local == "href" || local == "style")
                    attribute.Remove();
            }
        }
    }

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
