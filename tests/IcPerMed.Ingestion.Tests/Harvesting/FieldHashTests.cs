using IcPerMed.Analytics.Model;
using IcPerMed.Ingestion.Harvesting;
using Xunit;

namespace IcPerMed.Ingestion.Tests.Harvesting;

/// <summary>The pooled hash of split fields gives the provenance hash byte for byte.</summary>
public sealed class FieldHashTests
{
    // Expected: python3 -c "import hashlib; print(hashlib.sha256('\x1f'.join([...]).encode()).hexdigest())"
    [Theory]
    [InlineData("18a35810d01cb21a7c2dd7824249166b115619e69bf971e32e1d1cb4fddebffc", "101057497", "ÉCLAIR", "", "Bern, Zürich; \"x\"")]
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("ffe679bb831c95b67dc17819c63c5090d221aac6f4c7bf530f594ab43d21fa1e", "", "")]
    public void Hashes_the_fields_joined_by_the_unit_separator(string expected, params string[] fields)
    {
        Assert.Equal(expected, FieldHash.Of(fields));
        Assert.Equal(RawRecordHash.Of(fields), FieldHash.Of(fields));
    }

    [Fact]
    public void A_lone_surrogate_at_a_field_end_hashes_as_the_joined_text_does()
    {
        string[] fields = ["a\uD800", "\uDC00b", "c"];

        Assert.Equal(RawRecordHash.Of(fields), FieldHash.Of(fields));
    }
}
