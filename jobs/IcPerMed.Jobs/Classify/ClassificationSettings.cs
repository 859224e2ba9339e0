using IcPerMed.Analytics.Classification;
using Microsoft.Extensions.Configuration;

namespace IcPerMed.Jobs.Classify;

/// <summary>
/// Section <c>Classification</c> of icpermed.settings.json (or ICPERMED_Classification__MinimumWords): the minimum words
/// of title and abstract below which the classifier abstains (default <see cref="ThinTextRule.DefaultMinimumWords"/>).
/// </summary>
public sealed class ClassificationSettings
{
    public const string Section = "Classification";

    public int MinimumWords { get; set; } = ThinTextRule.DefaultMinimumWords;

    /// <summary>The rule from the settings file in the working folder and ICPERMED_ environment variables.</summary>
    /// <exception cref="InvalidOperationException">MinimumWords is negative.</exception>
    public static ThinTextRule Load()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), Email.EmailOptions.SettingsFile), optional: true)
            .AddEnvironmentVariables("ICPERMED_")
            .Build();
        var settings = new ClassificationSettings();
        configuration.GetSection(Section).Bind(settings);
        return settings.MinimumWords >= 0 ? new ThinTextRule(settings.MinimumWords)
            : throw new InvalidOperationException($"{Email.EmailOptions.SettingsFile}: {Section}:MinimumWords: {settings.MinimumWords} is negative");
    }
}
