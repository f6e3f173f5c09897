using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Text.Hyphenation;
using static BriefingGen.Pdf.Tests.Support.TestFonts;

namespace BriefingGen.Pdf.Tests;

/// <summary>Line breaking with hyphenation patterns: where words are hyphenated, where they are not, and that an endless word still breaks.</summary>
public class HyphenatedLayoutTests
{
    private static readonly Hyphenator English = Hyphenator.For("en-GB")!;
    private static readonly Hyphenator Bokmal = Hyphenator.For("nb-NO")!;

    private static List<string> Lines(IReadOnlyList<TextSpan> spans, double width, Hyphenator? hyphenator)
    {
        var lines = new TextLayouter(Book).Layout(spans, width, 1.0, Style(), hyphenator);
        Assert.All(lines, line => Assert.True(line.Width <= width + 0.01, $"'{TextOf(line)}' is {line.Width:0.##} pt wide, more than {width:0.##}"));
        return lines.Select(TextOf).ToList();
    }

    private static List<string> Lines(string text, double width, Hyphenator? hyphenator) => Lines([new TextSpan(text, Style())], width, hyphenator);

    private static double WidthOf(string text) => new TextLayouter(Book).Layout([new TextSpan(text, Style())], 10_000, 1.0, Style()).Single().Width;

    /// <summary>The text again: hyphens the layout added at line ends dropped, lines joined with spaces where they broke at one.</summary>
    private static string Rejoined(List<string> lines, string original)
    {
        var text = "";
        foreach (var line in lines)
        {
            var withoutHyphen = line.EndsWith('-') && !original.Contains(text + line, StringComparison.Ordinal) ? line[..^1] : line;
            text += original.Contains(text + withoutHyphen + " ", StringComparison.Ordinal) ? withoutHyphen + " " : withoutHyphen;
        }

        return text.TrimEnd();
    }

    [Fact]
    public void A_word_that_does_not_fit_is_hyphenated_at_a_pattern_point_with_a_visible_hyphen()
    {
        var text = "The ministry coordinates international cooperation";
        var width = WidthOf("The ministry coordinates inter-") + 2;
        var lines = Lines(text, width, English);

        Assert.EndsWith("-", lines[0], StringComparison.Ordinal);
        var head = lines[0][..^1].Split(' ')[^1];
        var points = English.BreakPoints("international");
        Assert.Contains(head.Length, points);
        Assert.Equal(text, Rejoined(lines, text));

        var unhyphenated = Lines(text, width, null);
        Assert.DoesNotContain(unhyphenated, line => line.EndsWith('-'));
        Assert.Equal("The ministry coordinates", unhyphenated[0]);
    }

    [Fact]
    public void An_English_paper_keeps_a_capitalised_word_whole_when_it_fits_a_line()
    {
        // The British patterns would give "Fin-nmark"; English keeps names whole.
        Assert.Contains("Fin-", English.Hyphenate("Finnmark"), StringComparison.Ordinal);
        var text = "Cooperation continues across Finnmark today";
        var width = WidthOf("Cooperation continues across Finn-") + 1;

        var lines = Lines(text, width, English);

        Assert.Equal(["Cooperation continues across", "Finnmark today"], lines);
        Assert.Equal("Cooperation continues across fin-", Lines("Cooperation continues across finnmark today", width, English)[0]);
    }

    [Fact]
    public void A_capitalised_English_word_wider_than_the_line_is_still_hyphenated()
    {
        var word = "Internationalisation";
        var width = WidthOf(word) * 0.7;

        var lines = Lines(word, width, English);

        Assert.Equal(2, lines.Count);
        Assert.EndsWith("-", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines[0].Length - 1, English.BreakPoints(word));
    }

    [Fact]
    public void A_Norwegian_paper_breaks_a_capitalised_compound_inside_a_sentence()
    {
        var text = "Saken er sendt til Utenriksdepartementet i dag";
        var width = WidthOf("Saken er sendt til Utenriksdepartemen");

        var lines = Lines(text, width, Bokmal);

        Assert.StartsWith("Saken er sendt til Utenriks", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("-", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_Norwegian_compound_in_a_narrow_column_breaks_once_with_a_hyphen()
    {
        var word = "Utenriksdepartementet";
        var width = WidthOf(word) * 0.7;
        var hyphenated = Lines(word, width, Bokmal);
        Assert.Equal(2, hyphenated.Count);
        Assert.EndsWith("-", hyphenated[0], StringComparison.Ordinal);
        Assert.Contains(hyphenated[0].Length - 1, Bokmal.BreakPoints(word));
        Assert.Equal(word, hyphenated[0][..^1] + hyphenated[1]);

        // Without patterns the word is cut at the line's width, no hyphen drawn.
        var cut = Lines(word, width, null);
        Assert.Equal(word, string.Concat(cut));
    }

    [Fact]
    public void A_word_marked_as_another_language_takes_that_languages_patterns()
    {
        // In a Norwegian paragraph, an English word marked English breaks where English breaks it.
        var word = "international";
        var width = WidthOf("internation-") + 1;
        var lines = Lines([new TextSpan(word, Style() with { Language = "en-GB" })], width, Bokmal);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines[0].Length - 1, English.BreakPoints(word));

        // A language without patterns is not hyphenated at all: the word is cut at the width.
        var unmarked = Lines([new TextSpan(word, Style() with { Language = "ka-GE" })], width, Bokmal);
        Assert.DoesNotContain(unmarked, line => line.EndsWith('-'));
    }

    [Fact]
    public void A_word_moves_whole_when_it_would_leave_no_more_than_the_hyphenation_zone_empty()
    {
        var text = "coordinated cooperation works";
        var width = WidthOf("coordinated") + TextLayouter.HyphenationZone - 2;
        Assert.Equal(["coordinated", "cooperation", "works"], Lines(text, width, English));

        var wider = WidthOf("coordinated co-") + TextLayouter.HyphenationZone + 2;
        Assert.EndsWith("-", Lines(text, wider, English)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_paragraphs_last_word_moves_whole_to_a_line_of_its_own_rather_than_leave_a_tail()
    {
        var text = "industry and fisheries";
        var width = WidthOf("industry and fisher-") + 1;
        Assert.Equal(["industry and", "fisheries"], Lines(text, width, English));

        // Not the last word: the hyphen saves a line and is kept.
        Assert.EndsWith("-", Lines(text + " work", width, English)[0], StringComparison.Ordinal);

        // The last word longer than a line is still hyphenated.
        var narrow = WidthOf("fisher-") + 1;
        Assert.Equal(["fisher-", "ies"], Lines("fisheries", narrow, English));
    }

    [Fact]
    public void The_hyphenation_zone_is_the_one_Word_is_told()
    {
        Assert.Equal(Word.Parts.SettingsBuilder.HyphenationZoneTwips / 20.0, TextLayouter.HyphenationZone, 6);
    }

    [Theory]
    [InlineData("Stortinget Reykjavikconvention2026", "words with digits")]
    [InlineData("Stortinget UNESCOSECRETARIAT", "acronyms in capitals")]
    public void Some_words_are_never_hyphenated(string text, string because)
    {
        var width = WidthOf("Stortinget coor") + TextLayouter.HyphenationZone;
        var lines = Lines(text, width, English);
        Assert.True(lines[0] == "Stortinget", $"{because}: {string.Join(" | ", lines)}");
    }

    [Fact]
    public void Links_and_code_are_never_hyphenated()
    {
        var width = WidthOf("See the international") + 2;
        TextSpan[] link = [new("See the ", Style()), new("internationalisation", Style(), "https://example.org"), new(" work", Style())];
        Assert.Equal("See the", Lines(link, width, English)[0]);

        TextSpan[] code = [new("See the ", Style()), new("internationalisation", Style()) { Hyphenate = false }, new(" work", Style())];
        Assert.Equal("See the", Lines(code, width, English)[0]);

        TextSpan[] plain = [new("See the ", Style()), new("internationalisation", Style()), new(" work", Style())];
        Assert.EndsWith("-", Lines(plain, width, English)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_soft_hyphen_overrides_the_patterns()
    {
        var word = "Samarbeids\u00ADavtalen";
        var width = WidthOf("Samarbeidsav-") + 1;
        var lines = Lines(word, width, Bokmal);
        Assert.Equal("Samarbeids", lines[0].Replace("\u00AD", "", StringComparison.Ordinal).TrimEnd('-'));
        Assert.Equal("avtalen", lines[1]);
    }

    [Fact]
    public void A_ten_thousand_character_word_breaks_at_the_line_width_without_hyphens()
    {
        var word = string.Concat(Enumerable.Repeat("Barentshavsamarbeid", 527))[..10_000];
        var lines = Lines("Before " + word + " after", 120, English);

        Assert.Equal("Before" + word + "after", string.Concat(lines).Replace(" ", "", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.Contains('-', StringComparison.Ordinal));
        Assert.True(lines.Count > 50);
    }

    [Fact]
    public void A_line_with_a_fallback_glyph_is_as_tall_as_one_without_and_keeps_its_baseline()
    {
        var layouter = new TextLayouter(Book);
        var plain = layouter.Layout([new TextSpan("Arctic cooperation", Style())], 1000, 1.0, Style()).Single();
        var emoji = layouter.Layout([new TextSpan("Arctic \U0001F30D cooperation", Style())], 1000, 1.0, Style()).Single();
        Assert.Contains(emoji.Pieces, p => p.Run.Face != p.PrimaryFace);
        Assert.Equal(plain.Height, emoji.Height, 6);
        Assert.Equal(plain.BaselineOffset, emoji.BaselineOffset, 6);

        // A heading's number alone on its line, drawn from another face, sits level with the title.
        var number = layouter.Layout([new TextSpan("\U0001F51F ", Style(16))], 1000, 1.0, Style(16)).Single();
        var title = layouter.Layout([new TextSpan("Cooperation", Style(16))], 1000, 1.0, Style(16)).Single();
        Assert.Contains(number.Pieces, p => p.Run.Face != p.PrimaryFace);
        Assert.Equal(title.BaselineOffset, number.BaselineOffset, 6);
    }
}
