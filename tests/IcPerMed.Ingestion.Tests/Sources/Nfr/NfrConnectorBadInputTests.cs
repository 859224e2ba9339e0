using IcPerMed.Ingestion.Harvesting;
using Xunit;
using static IcPerMed.Ingestion.Tests.Sources.Nfr.NfrFileByHand;

namespace IcPerMed.Ingestion.Tests.Sources.Nfr;

/// <summary>Rows and files that are not what they should be: copies of real lines with one thing broken.</summary>
public sealed class NfrConnectorBadInputTests
{
    private static readonly string[] Lines = NfrFileByHand.Lines();

    /// <summary>Line 2 of the real file: Change2Twin (951956), SINTEF AS, coordinator, EUR 3518202.75.</summary>
    private static string Change2Twin(string column, string value)
    {
        var fields = Lines[1].Split(';');
        fields[Array.IndexOf(Lines[0].Split(';'), column)] = value;
        return string.Join(';', fields);
    }

    [Fact]
    public async Task Quarantines_broken_rows_with_field_and_reason_and_keeps_the_good_one()
    {
        var path = NfrHarvestRun.WriteFile(Lines[0],
            Change2Twin("Prosjektnr", ""),
            Change2Twin("Kontrakt startdato", "31.13.2020 00:00"),
            Change2Twin("Kontrakt sluttdato", "01.01.2019 00:00"),
            Change2Twin("Innvilget beløp organisasjon EUR", "-5"),
            Change2Twin("Innvilget beløp organisasjon EUR", "abc"),
            Change2Twin("Innvilget beløp organisasjon EUR", "3518202,75"),
            Lines[1]);

        var sink = await NfrHarvestRun.ReadAsync(path);

        Assert.Equal(
        [
            (2L, "Prosjektnr", "missing grant id (Prosjektnr)", (string?)null),
            (3L, "Kontrakt startdato", "'31.13.2020 00:00' is not a date (dd.mm.yyyy HH:MM)", "951956"),
            (4L, "Kontrakt sluttdato", "the contract ends (2019-01-01) before it starts (2020-06-01)", "951956"),
            (5L, "Innvilget beløp organisasjon EUR", "negative amount -5", "951956"),
            (6L, "Innvilget beløp organisasjon EUR", "'abc' is not a number (the file uses a decimal point)", "951956"),
            (7L, "Innvilget beløp organisasjon EUR", "'3518202,75' is not a number (the file uses a decimal point)", "951956"),
        ], sink.Quarantined.Select(q => (q.Origin.Line, q.Field, q.Reason, q.SourceId)));
        Assert.All(sink.Quarantined, q => Assert.Equal("nfr", q.Source));
        Assert.All(sink.Quarantined, q => Assert.DoesNotContain('\r', q.Raw!));
        var project = Assert.Single(sink.Projects);
        Assert.Equal(3_518_202.75m, project.Funding!.AmountEur); // only the good row's money
        Assert.Equal(8, Assert.Single(sink.Participations).Origin.Line);
    }

    [Fact]
    public async Task A_participant_without_an_amount_is_kept_and_counts_as_zero()
    {
        // Change2Twin (951956) has two Norwegian rows, lines 2 (SINTEF, 3518202.75) and 1574 (JOTNE, 338931.24999984);
        // Oslo kommune's row of 818009 (line 1802) is that grant's only one in this cut.
        var jotneWithout = Lines[1573].Split(';') is var j ? string.Join(';', j[..^1]) + ";" : "";
        var osloWithout = Lines[1801].Split(';') is var o ? string.Join(';', o[..^1]) + ";" : "";
        var path = NfrHarvestRun.WriteFile(Lines[0], Lines[1], jotneWithout, osloWithout);

        var sink = await NfrHarvestRun.ReadAsync(path);

        Assert.Empty(sink.Quarantined);
        Assert.Equal(3, sink.Participations.Count);
        Assert.Null(sink.Participations.Single(p => p.Origin.Line == 3).Contribution);
        var projects = sink.Projects.ToDictionary(p => p.SourceId);
        Assert.Equal(3_518_202.75m, projects["951956"].Funding!.AmountEur);
        // No Norwegian participant states an amount: not stated, never EUR 0.
        Assert.Null(projects["818009"].Funding);
    }

    [Fact]
    public async Task Quarantines_a_cut_line()
    {
        var cut = Lines[1][..Lines[1].IndexOf("Trondheim", StringComparison.Ordinal)];
        var path = NfrHarvestRun.WriteFile(Lines[0], cut, Lines[2]);

        var sink = await NfrHarvestRun.ReadAsync(path);

        var bad = Assert.Single(sink.Quarantined);
        Assert.Null(bad.Field);
        Assert.Equal("row has 40 fields, header has 44 (a line cut short or broken?)", bad.Reason);
        Assert.Equal("951956", bad.SourceId);
        Assert.Equal("883188", Assert.Single(sink.Projects).SourceId);
    }

    [Fact]
    public async Task Crlf_line_ends_leave_no_carriage_return_in_the_last_field()
    {
        var path = NfrHarvestRun.WriteFile(Lines[0], Lines[1], Lines[2]);

        var sink = await NfrHarvestRun.ReadAsync(path);

        Assert.Contains("\r\n", File.ReadAllText(path));
        Assert.Equal(Analytics.Model.RawRecordHash.Of(Rows[0]), sink.Participations[0].RawHash);
        Assert.Equal(626_200.00m, sink.Participations[1].Contribution!.AmountEur);
    }

    [Fact]
    public async Task A_missing_required_column_stops_the_read_naming_the_column()
    {
        var header = Lines[0].Replace(";Kontrakt sluttdato;", ";Sluttdato;", StringComparison.Ordinal);
        var path = NfrHarvestRun.WriteFile(header, Lines[1]);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => NfrHarvestRun.ReadAsync(path));

        Assert.Equal(path, ex.File);
        Assert.Equal("missing required column 'Kontrakt sluttdato'", ex.Problem);
    }

    [Fact]
    public async Task A_comma_separated_file_stops_the_read_naming_the_separator()
    {
        var path = NfrHarvestRun.WriteFile(Lines[0].Replace(';', ','), Lines[1].Replace(';', ','));

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => NfrHarvestRun.ReadAsync(path));

        Assert.Equal("the separator is ',', not ';': the NFR file separates its columns with ';'", ex.Problem);
    }

    [Fact]
    public async Task A_latin1_file_stops_the_read_naming_the_encoding()
    {
        var path = Path.Combine(TestData.NewTempDirectory(), "dataset.csv");
        await File.WriteAllTextAsync(path, Lines[0] + "\r\n" + Lines[1] + "\r\n", System.Text.Encoding.Latin1, TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => NfrHarvestRun.ReadAsync(path));

        Assert.Contains("not valid UTF-8", ex.Problem);
    }

    [Fact]
    public async Task A_truncated_gzip_file_stops_the_read()
    {
        var bytes = await File.ReadAllBytesAsync(RealFile, TestContext.Current.CancellationToken);
        var path = Path.Combine(TestData.NewTempDirectory(), "dataset.csv.gz");
        await File.WriteAllBytesAsync(path, bytes[..(bytes.Length / 2)], TestContext.Current.CancellationToken);

        var ex = await Assert.ThrowsAsync<SourceFormatException>(() => NfrHarvestRun.ReadAsync(path));

        Assert.Equal(path, ex.File);
        Assert.StartsWith("truncated gzip: ", ex.Problem);
    }
}
