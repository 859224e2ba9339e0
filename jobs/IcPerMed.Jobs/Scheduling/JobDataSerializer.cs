using System.Text.Json;
using Quartz;
using Quartz.Spi;

namespace IcPerMed.Jobs.Scheduling;

/// <summary>
/// Quartz's ADO store needs a serializer for job data. Our triggers carry no data (the job's name is its key), so
/// string values as JSON are enough: Quartz.Serialization.SystemTextJson on this mirror is the 4.x line only, and
/// the binary serializer relies on BinaryFormatter, which .NET 10 no longer has.
/// </summary>
public sealed class JobDataSerializer : IObjectSerializer
{
    public void Initialize()
    {
    }

    public byte[] Serialize<T>(T obj) where T : class => obj switch
    {
        JobDataMap map => JsonSerializer.SerializeToUtf8Bytes(map.ToDictionary(e => e.Key, e => e.Value?.ToString())),
        _ => throw new NotSupportedException($"{typeof(T).Name} cannot be stored: only job data with string values is supported"),
    };

    public T? DeSerialize<T>(byte[] data) where T : class
    {
        if (typeof(T) != typeof(JobDataMap))
            throw new NotSupportedException($"{typeof(T).Name} cannot be read: only job data with string values is supported");
        var values = JsonSerializer.Deserialize<Dictionary<string, string?>>(data) ?? [];
        IDictionary<string, object> entries = values.ToDictionary(e => e.Key, e => (object)(e.Value ?? string.Empty));
        return new JobDataMap(entries) as T;
    }
}
