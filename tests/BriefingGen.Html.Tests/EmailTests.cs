using BriefingGen.Html.Tests.Support;
using BriefingGen.Testing;

namespace BriefingGen.Html.Tests;

/// <summary>The e-mail HTML survives mail clients: tables, inline styles only, 600 px, web-safe fonts, cid: pictures.</summary>
public class EmailTests
{
    private static readonly string EveryKind = HtmlOutput.Email(ModelSamples.EveryKind());
    private static readonly string Sample = HtmlOutput.Email(HtmlOutput.Sample);

    [Fact]
    public void It_has_no_style_sheet_no_classes_and_no_script()
    {
        Assert.Empty(HtmlOutput.Tags(Sample, "style"));
        Assert.Empty(HtmlOutput.Tags(Sample, "script"));
        Assert.DoesNotContain("class", HtmlOutput.AttributeNames(Sample));
        Assert.DoesNotContain("class", HtmlOutput.AttributeNames(EveryKind));
    }

    [Fact]
    public void It_is_laid_out_in_a_600_pixel_table_that_shrinks_on_a_phone()
    {
        var layout = HtmlOutput.Tags(Sample, "table").First(t => HtmlOutput.Attribute(t, "width") == "600");
        Assert.Equal("presentation", HtmlOutput.Attribute(layout, "role"));
        Assert.Contains("max-width:600px", HtmlOutput.Attribute(layout, "style"), StringComparison.Ordinal);
        Assert.Contains("width:100%", HtmlOutput.Attribute(layout, "style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_element_carries_its_look_inline_with_a_web_safe_font_stack()
    {
        foreach (var name in new[] { "p", "h1", "h2", "li", "th", "td" })
        {
            foreach (var tag in HtmlOutput.Tags(Sample, name).Where(t => HtmlOutput.Attribute(t, "role") is null))
            {
                Assert.False(HtmlOutput.Attribute(tag, "style") is null, $"{tag} has no inline style");
            }
        }

        Assert.Contains("font-family:\"Calibri\",\"Carlito\",\"Liberation Sans\",\"DejaVu Sans\",\"Arial\",\"Helvetica\",sans-serif", System.Net.WebUtility.HtmlDecode(Sample), StringComparison.Ordinal);
    }

    [Fact]
    public void Pictures_are_cid_references_to_the_pictures_it_lists()
    {
        var body = HtmlEmailRenderer.Compose(ModelSamples.Input(ModelSamples.EveryKind()));
        var image = Assert.Single(HtmlOutput.Tags(body.Html, "img"));
        var picture = Assert.Single(body.Images);
        Assert.Equal("cid:" + picture.ContentId, HtmlOutput.Attribute(image, "src"));
        Assert.Equal("Two by three pixels", HtmlOutput.Attribute(image, "alt"));
        Assert.Matches("^img-[0-9a-f]{16}@briefgen$", picture.ContentId);
    }

    [Fact]
    public void Data_tables_keep_their_header_cells_and_the_banner_is_shown()
    {
        Assert.Contains(HtmlOutput.Tags(Sample, "th"), t => HtmlOutput.Attribute(t, "scope") == "col");
        Assert.Equal(2, Sample.Split(">RESTRICTED</td>").Length - 1);
    }
}
