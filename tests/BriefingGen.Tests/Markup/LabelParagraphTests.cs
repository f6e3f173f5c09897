using BriefingGen.Compose;
using BriefingGen.Diagnostics;
using BriefingGen.Images;
using BriefingGen.Markup;
using BriefingGen.Model;
using BriefingGen.Rendering;
using BriefingGen.Rendering.Markdown;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Markup;

/// <summary>
/// A paragraph that is nothing but strong text ("**Commitments**") labels what follows it: it takes
/// the label role, which keeps it on the page of what it introduces. Text that merely starts in
/// bold stays body text.
/// </summary>
public class LabelParagraphTests
{
    private static List<Block> Convert(string markdown) =>
        PaperReader.Read(markdown, new SlotTable(), new ImageLoader([]), "test.sbn", new DiagnosticBag());

    [Fact]
    public void A_paragraph_of_strong_text_only_is_a_label()
    {
        var blocks = Convert("**Commitments**\n\n- one\n- two\n\n**R1 Sanctions.** Russia may widen them.\n\n**Bold** and not\n\n ** Spaced ** \n");
        Assert.Equal(ParagraphRoles.Label, Assert.IsType<Paragraph>(blocks[0]).Role);
        Assert.Equal(ParagraphRoles.Body, Assert.IsType<Paragraph>(blocks[2]).Role);
        Assert.Equal(ParagraphRoles.Body, Assert.IsType<Paragraph>(blocks[3]).Role);
    }

    [Fact]
    public void Only_running_text_becomes_a_label()
    {
        var blocks = Convert("::: meta\n**Date:**\n:::\n\n| A |\n|---|\n| **High** |\n\n- **item**\n");
        Assert.Equal(ParagraphRoles.Meta, Assert.IsType<Paragraph>(blocks[0]).Role);
        Assert.Equal(ParagraphRoles.Body, Assert.IsType<Paragraph>(Assert.IsType<Table>(blocks[1]).BodyRows[0].Cells[0].Blocks[0]).Role);
    }

    [Fact]
    public void The_stylesheet_keeps_a_label_with_what_follows()
    {
        var look = TestEngines.PolicyBrief.StyleSheet!.Paragraph(ParagraphRoles.Label);
        Assert.Equal(ParagraphRoles.Label, look.Role);
        Assert.True(look.KeepWithNext);
        Assert.True(look.KeepLines);
    }

    [Fact]
    public void Markdown_writes_a_label_back_as_the_strong_paragraph_it_was_read_from()
    {
        var metadata = new DocumentMetadata { Title = "T", Language = "en-GB" };
        var blocks = Convert("**Commitments**\n\n- one\n");
        var document = new Document(metadata, [new Section(blocks, PageLayout.A4, PageFurniture.Empty, PageNumbering.Default, metadata)]);
        using var stream = new MemoryStream();
        new MarkdownRenderer().Render(new RenderInput(document, TestEngines.PolicyBrief.StyleSheet!), stream);
        var markdown = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("**Commitments**\n", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("::: label", markdown, StringComparison.Ordinal);
    }
}
