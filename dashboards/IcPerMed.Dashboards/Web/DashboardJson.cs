using System.Text.Json;
using System.Text.Json.Serialization;

namespace IcPerMed.Dashboards.Web;

/// <summary>The API's JSON: snake_case like the snapshots and exports, so one reader reads them all.</summary>
public static class DashboardJson
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
    }
}
