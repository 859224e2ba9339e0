using Microsoft.Extensions.Options;

namespace IcPerMed.Jobs.Email;

/// <summary>Rejects an <c>Email:From</c> that is not one address within RFC 5321's limits (<see cref="EmailAddressRules"/>), before any command runs.</summary>
public sealed class EmailOptionsValidation : IValidateOptions<EmailOptions>
{
    public ValidateOptionsResult Validate(string? name, EmailOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return EmailAddressRules.TryParse(options.From, out _, out var reason)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{IcPerMedHost.SettingsFile}: {EmailOptions.Section}:{nameof(EmailOptions.From)} " +
                $"(or {IcPerMedHost.EnvironmentPrefix}{EmailOptions.Section}__{nameof(EmailOptions.From)}), the sender: {reason}");
    }
}
