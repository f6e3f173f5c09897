using System.Globalization;
using System.Text;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf.Tests.Writing;

/// <summary>The fast number writer gives exactly what the "0.###" format gives, for any value.</summary>
public sealed class NumberFormatTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.0004)]
    [InlineData(0.0005)]
    [InlineData(-0.0005)]
    [InlineData(1.2345)]
    [InlineData(595.276)]
    [InlineData(841.89)]
    [InlineData(-1157.09)]
    [InlineData(0.05)]
    [InlineData(0.005)]
    [InlineData(999999999.9996)]
    [InlineData(1e9)]
    [InlineData(-3e12)]
    [InlineData(double.NaN)]
    public void Writes_what_the_format_string_writes(double value) => AssertSame(value);

    [Theory]
    [InlineData(1e300, "999999999")]
    [InlineData(-1e300, "-999999999")]
    [InlineData(double.PositiveInfinity, "999999999")]
    [InlineData(double.NegativeInfinity, "-999999999")]
    [InlineData(double.NaN, "0")]
    public void A_number_beyond_what_readers_hold_is_written_at_the_bound(double value, string expected)
    {
        // Before, 1e300 was written as its 301 digits, and qpdf reported an overflow.
        Span<byte> buffer = stackalloc byte[64];
        var written = PdfFormat.Format(value, buffer);
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer[..written]));
        Assert.Equal(expected, PdfFormat.Number(value));
    }

    [Fact]
    public void Writes_what_the_format_string_writes_for_random_values()
    {
        var random = new Random(20261130);
        for (var i = 0; i < 200_000; i++)
        {
            var magnitude = Math.Pow(10, random.Next(-4, 10));
            AssertSame((random.NextDouble() - 0.5) * 2 * magnitude);
            AssertSame(Math.Round(random.NextDouble() * 2000 - 1000, random.Next(0, 5)));
        }
    }

    private static void AssertSame(double value)
    {
        Span<byte> buffer = stackalloc byte[64];
        var written = PdfFormat.Format(value, buffer);
        Assert.Equal(PdfFormat.Rounded(value).ToString(PdfFormat.NumberFormat, CultureInfo.InvariantCulture), Encoding.ASCII.GetString(buffer[..written]));
    }
}
