using BriefingGen.Pdf.Writing.Objects;

namespace BriefingGen.Pdf.Tests.Writing;

/// <summary>The bytes each kind of PDF object writes (ISO 32000-1 §7.3), odd characters included.</summary>
public class PdfObjectTests
{
    [Theory]
    [InlineData("Type", "/Type")]
    [InlineData("Identity-H", "/Identity-H")]
    [InlineData("A B", "/A#20B")]
    [InlineData("50%#", "/50#25#23")]
    [InlineData("(x)/[y]<z>{w}", "/#28x#29#2F#5By#5D#3Cz#3E#7Bw#7D")]
    [InlineData("tab\there", "/tab#09here")]
    [InlineData("Ω", "/#CE#A9")]
    [InlineData("", "/")]
    public void Names_escape_every_byte_that_is_not_a_regular_printable_character(string value, string expected) =>
        Assert.Equal(expected, PdfName.Of(value).ToString());

    [Fact]
    public void A_name_cannot_hold_a_null_byte() =>
        Assert.Throws<ArgumentException>(() => PdfName.Of("a\0b"));

    [Fact]
    public void Names_are_equal_by_their_text()
    {
        Assert.Equal(PdfName.Of("Page"), PdfName.Of("Page"));
        Assert.NotEqual(PdfName.Of("Page"), PdfName.Of("Pages"));
    }

    [Theory]
    [InlineData("BriefingGen", "(BriefingGen)")]
    [InlineData("a(b)c\\d", @"(a\(b\)c\\d)")]
    [InlineData(")(", @"(\)\()")]
    [InlineData("line\nbreak\r", @"(line\012break\015)")]
    [InlineData("Norway’s – “policy” • €5", @"(Norway\220s \205 \215policy\216 \200 \2405)")]
    [InlineData("blåbær × 2", @"(bl\345b\346r \327 2)")]
    public void Text_that_PDFDocEncoding_holds_is_a_literal_with_escapes(string text, string expected) =>
        Assert.Equal(expected, PdfString.Text(text).ToString());

    [Theory]
    [InlineData("Норвегия", "<FEFF041D043E04400432043504330438044F>")]
    [InlineData("R1 5 × 5 ≥ 3", "<FEFF0052003100200035002000D7002000350020226500200033>")]
    [InlineData("😀(", "<FEFFD83DDE000028>")]
    [InlineData("\u00AD", "<FEFF00AD>")]
    [InlineData("bell\a", "<FEFF00620065006C006C0007>")]
    public void Other_text_is_UTF_16BE_with_a_byte_order_mark_in_hex(string text, string expected) =>
        Assert.Equal(expected, PdfString.Text(text).ToString());

    [Fact]
    public void A_text_string_holds_one_byte_per_character_in_PDFDocEncoding_or_a_BOM_and_two_per_unit_in_UTF_16()
    {
        byte[] pdfDoc = [.. "Norway"u8, 0x90, (byte)'s'];
        Assert.Equal(pdfDoc, PdfString.Text("Norway’s").Bytes.ToArray());
        Assert.Equal(new byte[] { 0xFE, 0xFF, 0x04, 0x1D }, PdfString.Text("Н").Bytes.ToArray());
    }

    [Fact]
    public void Ascii_strings_replace_what_is_not_printable_ASCII_and_escape_the_rest()
    {
        Assert.Equal(@"(https://example.org/a\(b\)?q=1)", PdfString.Ascii("https://example.org/a(b)?q=1").ToString());
        Assert.Equal("(https://x.no/bl?b?r)", PdfString.Ascii("https://x.no/blåbær").ToString());
    }

    [Fact]
    public void Byte_strings_are_hex_and_dates_follow_the_PDF_form()
    {
        Assert.Equal("<00AB10FF>", PdfString.Binary([0x00, 0xAB, 0x10, 0xFF]).ToString());
        Assert.Equal("(D:20261005000000Z)", PdfString.Date(new DateOnly(2026, 10, 5)).ToString());
    }

    [Theory]
    [InlineData(0L, "0")]
    [InlineData(42L, "42")]
    [InlineData(-17L, "-17")]
    [InlineData(9_876_543_210L, "9876543210")]
    public void Integers_are_written_in_full(long value, string expected) =>
        Assert.Equal(expected, new PdfNumber(value).ToString());

    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(2.0, "2")]
    [InlineData(595.2756, "595.276")]
    [InlineData(-3.14159, "-3.142")]
    [InlineData(0.1234, "0.123")]
    [InlineData(-0.0001, "0")]
    [InlineData(1e-9, "0")]
    [InlineData(123456.7894, "123456.789")]
    public void Reals_have_at_most_three_decimals_no_trailing_zeros_and_no_negative_zero(double value, string expected) =>
        Assert.Equal(expected, new PdfNumber(value).ToString());

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_real_must_be_finite(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfNumber(value));

    [Fact]
    public void Reals_ignore_the_current_culture()
    {
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("nb-NO");
            Assert.Equal("[-1234.5 0.25]", new PdfArray { -1234.5, 0.25 }.ToString());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Booleans_null_and_references_are_keywords()
    {
        Assert.Equal("true", PdfBoolean.True.ToString());
        Assert.Equal("false", PdfBoolean.Of(false).ToString());
        Assert.Equal("null", PdfNull.Instance.ToString());
        Assert.Equal("12 0 R", new PdfReference(12).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => new PdfReference(0));
    }

    [Fact]
    public void Tokens_are_separated_only_where_two_regular_characters_meet()
    {
        Assert.Equal("[/A/B]", new PdfArray { PdfName.Of("A"), PdfName.Of("B") }.ToString());
        Assert.Equal("[/A 1 2.5 true null]", new PdfArray { PdfName.Of("A"), 1, 2.5, true, PdfNull.Instance }.ToString());
        Assert.Equal("[/ 1]", new PdfArray { PdfName.Of(""), 1 }.ToString());
        Assert.Equal("[1 0 R 2 0 R(x)<FEFF0416>[]3]", new PdfArray { new PdfReference(1), new PdfReference(2), PdfString.Text("x"), PdfString.Text("Ж"), new PdfArray(), 3 }.ToString());
    }

    [Fact]
    public void Arrays_and_dictionaries_nest_and_keep_their_order()
    {
        var dictionary = new PdfDictionary
        {
            ["Type"] = PdfName.Of("Annot"),
            ["Rect"] = new PdfArray { 0, -1.5, new PdfArray { 1, new PdfDictionary { ["K"] = 2 } } },
            ["A"] = new PdfDictionary { ["S"] = PdfName.Of("URI"), ["URI"] = PdfString.Ascii("a b") },
            ["Odd Key"] = PdfBoolean.False,
            ["F"] = 4,
        };
        Assert.Equal("<</Type/Annot/Rect[0 -1.5[1<</K 2>>]]/A<</S/URI/URI(a b)>>/Odd#20Key false/F 4>>", dictionary.ToString());
    }

    [Fact]
    public void Setting_a_key_again_replaces_its_value_in_place()
    {
        var dictionary = new PdfDictionary { ["A"] = 1, ["B"] = 2 };
        dictionary["A"] = 3;
        Assert.Equal("<</A 3/B 2>>", dictionary.ToString());
        Assert.Equal(2, dictionary.Count);
        Assert.True(dictionary.TryGetValue("B", out var b));
        Assert.Equal("2", b.ToString());
        Assert.False(dictionary.TryGetValue("C", out _));
        Assert.Throws<KeyNotFoundException>(() => dictionary["C"]);
    }
}
