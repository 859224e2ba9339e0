using System.Text;

namespace IcPerMed.Embeddings;

/// <summary>
/// The file an <see cref="EmbeddingStore"/> keeps: a header ("ICPMEMB1", dimensions as int32, the model id's UTF-8
/// length as int32 and the model id), then records of a <see cref="EmbeddingKey"/> (32 bytes) and the vector
/// (dimensions x float32), little-endian. Records are only appended, so a run that stops keeps what it embedded.
/// </summary>
internal static class EmbeddingStoreFile
{
    private static readonly byte[] Magic = "ICPMEMB1"u8.ToArray();

    /// <summary>Every record of <paramref name="path"/> by key (lower-case hex); empty when there is no file.</summary>
    /// <exception cref="InvalidDataException">Not a store, another model or dimension, or cut short (names the file).</exception>
    public static Dictionary<string, float[]> Read(string path, string modelId, int dimensions)
    {
        var vectors = new Dictionary<string, float[]>(StringComparer.Ordinal);
        if (!File.Exists(path))
            return vectors;
        using var reader = new BinaryReader(File.OpenRead(path));
        var length = reader.BaseStream.Length;
        var header = HeaderLength(modelId);
        if (length < Magic.Length || !reader.ReadBytes(Magic.Length).SequenceEqual(Magic))
            throw new InvalidDataException($"{path}: not an embedding store (it does not start with {Encoding.ASCII.GetString(Magic)}); delete it to embed again");
        if (length < header)
            throw new InvalidDataException($"{path}: {length} bytes, shorter than its header ({header} bytes): the file was cut short; delete it to embed again");
        var storedDimensions = reader.ReadInt32();
        var storedId = Encoding.UTF8.GetString(reader.ReadBytes(reader.ReadInt32()));
        if (storedDimensions != dimensions || storedId != modelId)
            throw new InvalidDataException($"{path}: holds {storedDimensions}-d embeddings of '{storedId}', not {dimensions}-d ones of '{modelId}'");
        var record = RecordBytes(dimensions);
        var body = length - header;
        if (body % record != 0)
            throw new InvalidDataException(
                $"{path}: {body % record} bytes after its last whole record ({body / record} records of {record} bytes): the file was cut short; delete it to embed again");
        for (long i = 0; i < body / record; i++)
        {
            var key = Convert.ToHexStringLower(reader.ReadBytes(EmbeddingKey.Bytes));
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
                vector[d] = reader.ReadSingle();
            vectors[key] = vector;
        }
        return vectors;
    }

    /// <summary>Appends records, writing the header first when the file is new.</summary>
    public static void Append(string path, string modelId, int dimensions, IEnumerable<(byte[] Key, float[] Vector)> records)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write);
        using var writer = new BinaryWriter(stream);
        if (stream.Length == 0)
            WriteHeader(writer, modelId, dimensions);
        foreach (var (key, vector) in records)
        {
            if (key.Length != EmbeddingKey.Bytes || vector.Length != dimensions)
                throw new ArgumentException($"a record of a {key.Length}-byte key and {vector.Length} floats; expected {EmbeddingKey.Bytes} and {dimensions}", nameof(records));
            writer.Write(key);
            foreach (var x in vector)
                writer.Write(x);
        }
    }

    private static void WriteHeader(BinaryWriter writer, string modelId, int dimensions)
    {
        var id = Encoding.UTF8.GetBytes(modelId);
        writer.Write(Magic);
        writer.Write(dimensions);
        writer.Write(id.Length);
        writer.Write(id);
    }

    private static long HeaderLength(string modelId) => Magic.Length + 8L + Encoding.UTF8.GetByteCount(modelId);

    private static long RecordBytes(int dimensions) => EmbeddingKey.Bytes + 4L * dimensions;
}
