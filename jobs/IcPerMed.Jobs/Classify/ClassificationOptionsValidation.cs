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
        return options.MinimumWords >= 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{IcPerMedHost.SettingsFile}: {ClassificationOptions.Section}:{nameof(ClassificationOptions.MinimumWords)} " +
                $"(or {IcPerMedHost.EnvironmentPrefix}{ClassificationOptions.Section}__{nameof(ClassificationOptions.MinimumWords)}) " +
                $"is {options.MinimumWords}: it must be 0 or more (the words of title and abstract below which the classifier abstains)");
    }
}
