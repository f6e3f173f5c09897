using System.Text;
using System.Text.Json.Nodes;
using BriefingGen.Server.Api;

namespace BriefingGen.Server.Tests;

/// <summary>The preview's JSON, written from the SVG's bytes: its labels read back unescaped and its markup intact.</summary>
public sealed class PreviewJsonTests
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" data-pages=\"3\">\n"
        + "<svg class=\"page\" id=\"page-1\" data-label=\"i\" y=\"0\"><defs>\n</defs><g fill=\"#000\"></g></svg>\n"
        + "<svg class=\"page\" id=\"page-2\" data-label=\"A&amp;B &lt;2&gt; &quot;x&quot;\" y=\"10\"></svg>\n"
        + "<svg class=\"page\" id=\"page-3\" data-label=\"Стр. 3\" y=\"20\"></svg>\n</svg>\n";

    [Fact]
    public void Labels_are_each_pages_printed_number_unescaped_in_order()
    {
        Assert.Equal(["i", "A&B <2> \"x\"", "Стр. 3"], PreviewJson.PageLabels(Encoding.UTF8.GetBytes(Svg)));
    }

    [Fact]
    public void The_answer_carries_the_svg_as_it_was_with_the_count_labels_and_diagnostics()
    {
        var json = JsonNode.Parse(PreviewJson.Write(Encoding.UTF8.GetBytes(Svg), []))!;

        Assert.Equal(3, (int?)json["pageCount"]);
        Assert.Equal(["i", "A&B <2> \"x\"", "Стр. 3"], json["pageLabels"]!.AsArray().Select(l => (string?)l));
        Assert.Equal(Svg, (string?)json["svg"]);
        Assert.Empty(json["diagnostics"]!.AsArray());
    }
}
