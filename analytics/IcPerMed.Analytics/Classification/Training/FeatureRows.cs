using Microsoft.ML;
using Microsoft.ML.Data;

namespace IcPerMed.Analytics.Classification.Training;

/// <summary>One row ML.NET learns from or scores: the feature vector, one label and its weight.</summary>
internal sealed class FeatureRow
{
    public VBuffer<float> Features { get; set; }

    public bool Label { get; set; }

    public float Weight { get; set; } = 1;
}

/// <summary>Builds the IDataView over feature rows; the vector size is the model's vocabulary, known only at run time.</summary>
internal static class FeatureRows
{
    public static IDataView Load(MLContext context, IEnumerable<FeatureRow> rows, int dimension)
    {
        var schema = SchemaDefinition.Create(typeof(FeatureRow));
        schema[nameof(FeatureRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        return context.Data.LoadFromEnumerable(rows, schema);
    }

    /// <summary>The schema a saved model expects as input (no label or weight needed to score).</summary>
    public static DataViewSchema InputSchema(MLContext context, int dimension) => Load(context, [], dimension).Schema;
}
