using System.CommandLine;
using System.Globalization;

namespace IcPerMed.Jobs.Cli;

/// <summary>
/// Limits on numeric options, checked by the parser: a value outside them is a usage mistake (exit code 2) whose
/// message names the option and what it accepts, before any command opens the warehouse.
/// </summary>
public static class OptionRules
{
    /// <summary>The value must be <paramref name="minimum"/> or more.</summary>
    public static Option<T> AtLeast<T>(this Option<T> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<T>() is { } value && Convert.ToInt64(value, CultureInfo.InvariantCulture) < minimum)
                result.AddError($"{option.Name} {Text(value)} is not allowed: it must be {minimum} or more");
        });
        return option;
    }

    /// <summary>The value must be one of <paramref name="allowed"/> (0 or 1 for a label).</summary>
    public static Option<int> OneOf(this Option<int> option, params int[] allowed)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (!allowed.Contains(value))
                result.AddError($"{option.Name} {Text(value)} is not allowed: it must be {string.Join(" or ", allowed)}");
        });
        return option;
    }

    private static string Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
}
