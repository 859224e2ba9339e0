namespace IcPerMed.Analytics.Exports;

/// <summary>
/// Keeps a spreadsheet from running text as a formula when it opens an exported CSV ("CSV injection",
/// https://owasp.org/www-community/attacks/CSV_Injection). Project titles and organisation names come from funders'
/// open data, so a title such as <c>=HYPERLINK("http://evil","x")</c> is data we do not control.
/// </summary>
public static class SpreadsheetFormula
{
    /// <summary>
    /// The characters OWASP lists as starting a formula: = + - @, tab (0x09) and carriage return (0x0D).
    /// </summary>
    public const string TriggerCharacters = "=+-@\t\r";

    /// <summary>
    /// Puts a single quote in front of text that starts with one of <see cref="TriggerCharacters"/>, which Excel,
    /// LibreOffice and Google Sheets read as "this cell is text"; other text is returned unchanged.
    /// </summary>
    /// <remarks>
    /// Only the first character is looked at, as OWASP recommends: a cell such as <c> =1+1</c> (leading space) is
    /// text to the spreadsheets above. Apply this to text cells only: a negative number must stay a number, and it
    /// is not attacker-controlled text.
    /// </remarks>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && TriggerCharacters.Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
    }
}
