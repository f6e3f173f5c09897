using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Templates;
using CsCheck;

namespace BriefingGen.Tests.Templates;

/// <summary>"Any string survives": whatever text a field holds comes out of the Markdown stage as the same text.</summary>
public partial class EscapingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "*", "_", "#", "|", "<", ">", "&", "{", "}", "[", "]", "(", ")", "`", "~", "\\", "!", "-", "+", "=", ".", ":",
        ";", "'", "\"", "^", "$", "%", "@", "/", "?", ",", " ", " ", "\n", "\t", "a", "Z", "0", "9",
        "\u00A0", "\u05D0", "\u0627", "\u4E2D", "\u0416", "\u00E9", "e\u0301", "\u200F", "😀", "👩‍👩‍👧", "🇳🇴",
        "&amp;", "{{ x }}", "<b>x</b>", "[a](b)", "***", "| a | b |", "1. ", "::: callout", "```", "&#x41;", "\\*", "http://x.org",
    ];

    /// <summary>Markup metacharacters, entities, RTL and CJK text, emoji, combining marks and plain letters, mixed.</summary>
    private static readonly Gen<string> HostileText =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(string.Concat);

    [Fact]
    public void Any_text_escaped_into_a_paragraph_comes_back_unchanged()
    {
        HostileText.Sample(text =>
        {
            var expected = Normalize(text);
            var blocks = MarkdownConverter.Convert(MarkdownEscaper.Escape(text), "test", new ImageLoader([]), new DiagnosticBag());
            var actual = blocks.Count == 0 ? "" : PlainText(Assert.IsType<Paragraph>(Assert.Single(blocks)).Content);
            Assert.Equal(expected, actual);
        }, iter: 2_000);
    }

    [Fact]
    public void Any_text_escaped_into_a_table_cell_stays_in_its_cell()
    {
        HostileText.Sample(text =>
        {
            var expected = Normalize(text);
            var markdown = $"| A | B |\n|---|---|\n| {MarkdownEscaper.Escape(text)} | after |\n";
            var table = Assert.IsType<Table>(Assert.Single(MarkdownConverter.Convert(markdown, "test", new ImageLoader([]), new DiagnosticBag())));
            var row = Assert.Single(table.BodyRows);
            Assert.Equal(2, row.Cells.Count);
            var cell = row.Cells[0].Blocks.OfType<Paragraph>().SelectMany(p => p.Content).ToList();
            Assert.Equal(expected, PlainText(cell));
            Assert.Equal("after", PlainText(row.Cells[1].Blocks.OfType<Paragraph>().Single().Content));
        }, iter: 1_000);
    }

    [Fact]
    public void A_ten_thousand_character_word_survives()
    {
        var word = new string('x', 5_000) + "*_" + new string('y', 4_998);
        var blocks = MarkdownConverter.Convert(MarkdownEscaper.Escape(word), "test", new ImageLoader([]), new DiagnosticBag());
        Assert.Equal(word, PlainText(((Paragraph)blocks[0]).Content));
    }

    /// <summary>What a plain field is promised to become: ASCII white space folded to single spaces, ends trimmed.</summary>
    private static string Normalize(string text) => AsciiWhiteSpace().Replace(text, " ").Trim(' ');

    private static string PlainText(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            sb.Append(inline switch
            {
                Text t => t.Value,
                Code c => c.Value,
                _ => throw new Xunit.Sdk.XunitException($"escaped text produced markup: {inline}"),
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex("[ \t\n\r\f\v]+")]
    private static partial Regex AsciiWhiteSpace();
}
