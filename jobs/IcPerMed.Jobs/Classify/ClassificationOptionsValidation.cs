using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// Rejects a <see cref="ClassificationOptions"/> no classification could apply, naming the settings key and its value,
/// when the host is built (a command exits 3 with "settings rejected" before it runs; <c>serve</c> does not start).
/// </summary>
public sealed class ClassificationOptionsValidation : IValidateOptions<ClassificationOptions>
{
    public ValidateOptionsResult Validate(string? name, ClassificationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MinimumWords < 0)
            failures.Add($"{Setting(nameof(ClassificationOptions.MinimumWords))} is {options.MinimumWords}: it must be 0 or more " +
                "(the words of title and abstract below which the classifier abstains)");
        // Checked at start, not when a job first trains: a scheduled retrain would otherwise fail days later.
        if (options.LabelsFile is { } labels && !File.Exists(labels))
            failures.Add($"{Setting(nameof(ClassificationOptions.LabelsFile))} is '{labels}': there is no such file (a labels CSV source,source_id,pm,c1..c5)");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Setting(string name) =>
        $"{IcPerMedHost.SettingsFile}: {ClassificationOptions.Section}:{name} (or {IcPerMedHost.EnvironmentPrefix}{ClassificationOptions.Section}__{name})";
}
