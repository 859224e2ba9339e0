using System.Text.Json;
using System.Text.Json.Serialization;

namespace IcPerMed.Analytics.Classification;

/// <summary>A candidate configuration and the macro-F1 cross-validation gave it.</summary>
public sealed record CandidateScore(string Configuration, double MacroF1);

/// <summary>
/// What a trained model is (metadata.json beside model.zip): its version ("pm-" + created yyyyMMddHHmmss + "-" + the
/// first 8 hex digits of the training-data hash), the data and seed it came from, the thresholds per label, the
/// cross-validated figures with and without source signals, the configuration that won and what else was tried, and the
/// languages of its training texts (<see cref="Languages"/>).
/// </summary>
public sealed record ModelMetadata(
    string Version,
    DateTimeOffset Created,
    string TrainingDataHash,
    string LabelSchemeVersion,
    int Seed,
    int RowsTrained,
    int Features,
    IReadOnlyDictionary<string, double> Thresholds,
    ClassifierCandidate Configuration,
    IReadOnlyDictionary<string, string> ChallengeTrainingRows,
    CrossValidationReport CrossValidation,
    CrossValidationReport CrossValidationWithoutSignals,
    IReadOnlyList<CandidateScore> Candidates)
{
    /// <summary>
    /// Whether pm is decided by the mean of the pm model and its NB-SVM twin (chosen by cross-validation, issue 18);
    /// false in metadata written before, whose pm model decided alone.
    /// </summary>
    public bool PmEnsemble { get; init; }

    /// <summary>The languages of the training texts, as read at training time; null in metadata written before issue 17.</summary>
    public Languages.TrainingLanguages? Languages { get; init; }

    /// <summary>
    /// The languages (ISO 639-1) the model can read, from its training texts: what <see cref="DecisionRule"/> holds a
    /// text's language to. A model trained before the languages were measured was trained on English texts.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> SupportedLanguages => Languages?.Supported ?? Classification.Languages.TrainingLanguages.BeforeLanguagesWereMeasured;

    /// <summary>snake_case, enums as names, indented: the layout of metadata.json and of the warehouse's copy.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
        WriteIndented = true,
    };

    public static string VersionOf(DateTimeOffset created, string trainingDataHash) =>
        $"pm-{created.UtcDateTime:yyyyMMddHHmmss}-{trainingDataHash[..8]}";

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <exception cref="InvalidDataException">Not a model's metadata.</exception>
    public static ModelMetadata FromJson(string json) =>
        JsonSerializer.Deserialize<ModelMetadata>(json, JsonOptions) ?? throw new InvalidDataException("metadata.json holds null");
}
