using System.Text;
using System.Text.RegularExpressions;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using CsCheck;

namespace BriefingGen.Tests.Templates;

/// <summary>
/// "Any string survives": whatever text a data field holds reaches the paper as the same text —
/// in a paragraph, in a heading, in a table cell — and never as markup, whatever the template does
/// around it.
/// </summary>
public partial class EscapingPropertyTests
{
    private static readonly string[] Pieces =
    [
        "*", "_", "#", "|", "<", ">", "&", "{", "}", "[", "]", "(", ")", "`", "~", "\\", "!", "-", "+", "=", ".", ":",
        ";", "'", "\"", "^", "$", "%", "@", "/", "?", ",", " ", " ", "\n", "\t", "a", "Z", "0", "9",
        "\u00A0", "\u05D0", "\u0627", "\u4E2D", "\u0416", "\u00E9", "e\u0301", "\u200F", "😀", "👩‍👩‍👧", "🇳🇴",
        "&amp;", "{{ x }}", "<b>x</b>", "[a](b)", "***", "| a | b |", "1. ", "::: callout", "```", "&#x41;", "\\*", "http://x.org",
        "{page}", "{pages}", "[^1]", "\uFDD0" + "0" + "\uFDD1", "\uFDD2" + "1" + "\uFDD3",
    ];

    /// <summary>Markup metacharacters, entities, RTL and CJK text, emoji, combining marks, slot-mark lookalikes and plain letters, mixed.</summary>
    private static readonly Gen<string> HostileText =
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 60].Select(string.Concat);

    /// <summary>A pack that keeps punctuation as typed (typographic punctuation has tests of its own), so every character must come back.</summary>
    private static readonly TestPack Pack = new(
        "# {{ data.text }}\n\n{{ data.text }}\n\n**{{ data.text }}**\n\n| A | B |\n|---|---|\n| {{ data.text }} | after |\n\n- {{ data.text }}\n",
        manifest: "typographic_punctuation: false\n");

    [Fact]
    public void Any_text_in_a_field_comes_back_unchanged_wherever_the_template_puts_it()
    {
        HostileText.Sample(text =>
        {
            var expected = Normalize(text);
            var result = Pack.Render(Data(text));
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            var blocks = result.Document!.Blocks.ToList();
            if (expected.Length == 0)
            {
                return;
            }

            Assert.Equal(expected, PlainText(Assert.IsType<Heading>(blocks[0]).Content));
            Assert.Equal(expected, PlainText(Assert.IsType<Paragraph>(blocks[1]).Content));
            Assert.Equal(expected, PlainText(Assert.IsType<Strong>(Assert.Single(Assert.IsType<Paragraph>(blocks[2]).Content)).Content));
            var row = Assert.Single(Assert.IsType<Table>(blocks[3]).BodyRows);
            Assert.Equal(2, row.Cells.Count);
            Assert.Equal(expected, PlainText(row.Cells[0].Blocks.OfType<Paragraph>().SelectMany(p => p.Content)));
            Assert.Equal("after", PlainText(row.Cells[1].Blocks.OfType<Paragraph>().Single().Content));
            var item = Assert.Single(Assert.IsType<ListBlock>(blocks[4]).Items);
            Assert.Equal(expected, PlainText(Assert.IsType<Paragraph>(Assert.Single(item.Blocks)).Content));
        }, iter: 1_000);
    }

    [Fact]
    public void A_ten_thousand_character_word_survives()
    {
        var word = new string('x', 5_000) + "*_" + new string('y', 4_998);
        var result = Pack.Render(Data(word));
        Assert.Equal(word, PlainText(((Paragraph)result.Document!.Blocks.ElementAt(1)).Content));
    }

    private static DataMap Data(string text)
    {
        var at = SourceLocation.OfFile("brief.yaml");
        return new DataMap(at, [new DataMapEntry("text", at, new DataScalar(at, text, ScalarKind.String))]);
    }

    /// <summary>
    /// What a plain field is promised to become: the characters a document cannot hold dropped,
    /// ASCII white space folded to single spaces, ends trimmed.
    /// </summary>
    private static string Normalize(string text) => AsciiWhiteSpace().Replace(TextCleaner.Clean(text, out _), " ").Trim(' ');

    private static string PlainText(IEnumerable<Inline> inlines)
    {
        var sb = new StringBuilder();
        foreach (var inline in inlines)
        {
            sb.Append(inline switch
            {
                Text t => t.Value,
                _ => throw new Xunit.Sdk.XunitException($"data produced markup: {inline}"),
            });
        }

        return sb.ToString();
    }

    [GeneratedRegex("[ \t\n\r\f\v]+")]
    private static partial Regex AsciiWhiteSpace();
}
