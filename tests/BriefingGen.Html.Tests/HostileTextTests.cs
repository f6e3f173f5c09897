using System.Net;
using System.Text.RegularExpressions;
using BriefingGen.Html.Css;
using BriefingGen.Html.Tests.Support;
using BriefingGen.Model;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Html.Tests;

/// <summary>Data is literal text: nothing in a field becomes markup, a script, a live unsafe link or a broken style sheet.</summary>
public class HostileTextTests
{
    private const string ScriptTag = "<script>alert(1)</script>";
    private const string AttributeBreak = "\"><img src=x onerror=alert(1)>";

    private static Document Hostile() => ModelSamples.Of(
        new Paragraph([new Text(ScriptTag), new Text(AttributeBreak)], ParagraphRoles.Title),
        new Heading(1, [new Text("</h2><script>x()</script>")], "\"><script>y()</script>"),
        new Paragraph(
        [
            new Link("javascript:alert(1)", [new Text("js")]),
            new Link(" JaVaScRiPt:alert(2)", [new Text("js2")]),
            new Link("data:text/html,<script>alert(3)</script>", [new Text("data")]),
            new Link("vbscript:msgbox", [new Text("vb")]),
            new Link("https://example.org/\"onmouseover=\"alert(4)", [new Text("quoted")]),
            new Link("mailto:a@example.org", [new Text("mail")]),
        ]),
        new Table([1], [new TableRow([new TableCell([new Paragraph([new Text(AttributeBreak)])])])], [], [new Text(ScriptTag)]) { Title = AttributeBreak },
        new Figure(new ImageData(Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAIAAAADCAIAAAA2iEnWAAAAEklEQVR4nGM4IScnd0KOAYUCAEIPBhl6wJ3XAAAAAElFTkSuQmCC"), ImageFormat.Png, 2, 3), AttributeBreak, null));

    [Theory]
    [InlineData("html")]
    [InlineData("html-email")]
    public void Markup_in_data_stays_text(string format)
    {
        var html = format == "html" ? HtmlOutput.Page(Hostile()) : HtmlOutput.Email(Hostile());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.DoesNotContain(HtmlOutput.AttributeNames(html), name => name.StartsWith("on", StringComparison.Ordinal));
        Assert.Contains("alt", HtmlOutput.AttributeNames(html));
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("html-email")]
    public void Only_web_and_mail_addresses_become_live_links(string format)
    {
        var html = format == "html" ? HtmlOutput.Page(Hostile()) : HtmlOutput.Email(Hostile());
        var hrefs = HtmlOutput.Tags(html, "a").Select(t => HtmlOutput.Attribute(t, "href")!).ToList();
        Assert.Equal(["https://example.org/%22onmouseover=%22alert(4)", "mailto:a@example.org"], hrefs);
        foreach (var text in new[] { "js", "js2", "data", "vb" })
        {
            Assert.Contains(text, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Unsafe_links_in_the_plain_text_show_no_address()
    {
        var text = HtmlOutput.Plain(Hostile());
        Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", text, StringComparison.Ordinal);
        Assert.Contains("mail <mailto:a@example.org>", Regex.Replace(text, "\\s+", " "), StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_name_cannot_close_the_style_sheet()
    {
        var stack = FontStacks.For(["Evil\"}</style><script>alert(1)</script>"], monospace: false);
        Assert.DoesNotContain("</", stack, StringComparison.Ordinal);
        Assert.DoesNotContain("}", stack, StringComparison.Ordinal);
        Assert.StartsWith("\"Evil\\22 \\7d \\3c ", stack, StringComparison.Ordinal);
    }

    [Fact]
    public void A_theme_colour_or_callout_kind_from_a_template_cannot_add_markup()
    {
        var page = HtmlOutput.Page(ModelSamples.Of(new Callout("x\"><script>alert(1)</script>", null, [new Paragraph([new Text("inside")])])));
        Assert.DoesNotContain("<script", page, StringComparison.Ordinal);
        Assert.Contains("class=\"callout-x-script-alert-1-script\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_text_comes_back_as_itself()
    {
        Gen.String[Gen.Char[(char)0x20, (char)0xD7FF], 0, 200].Sample(text =>
        {
            var page = HtmlOutput.Page(ModelSamples.Of(new Paragraph([new Text(text)])));
            var body = Regex.Match(page, "<main>\n<p class=\"[^\"]*\">(.*?)</p>\n", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
            Assert.True(body.Success, page);
            Assert.DoesNotContain('<', body.Groups[1].Value);
            // Control characters, which HTML does not allow, come back as U+FFFD, one for one.
            var expected = string.Concat(text.Select(c => c is >= '\u007F' and <= '\u009F' ? '\uFFFD' : c));
            Assert.Equal(expected, WebUtility.HtmlDecode(body.Groups[1].Value));
        }, iter: 200);
    }
}
