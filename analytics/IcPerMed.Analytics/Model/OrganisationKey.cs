using System.Globalization;
using System.Text;

namespace IcPerMed.Analytics.Model;

/// <summary>Derives a stable organisation key when a source gives none.</summary>
public static class OrganisationKey
{
    /// <summary>
    /// "name:" + the upper-cased name with diacritics, punctuation and repeated spaces removed, + "|" + country,
    /// so "Universitetet i Oslo" and "UNIVERSITETET I OSLO " map to the same organisation.
    /// </summary>
    public static string Derive(string name, string? country)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var lastWasSpace = true;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
                continue;
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToUpperInvariant(c));
                lastWasSpace = false;
            }
            else if (!lastWasSpace)
            {
                sb.Append(' ');
                lastWasSpace = true;
            }
        }
        var normalised = sb.ToString().TrimEnd();
        return $"name:{normalised}|{(country ?? string.Empty).Trim().ToUpperInvariant()}";
    }
}
