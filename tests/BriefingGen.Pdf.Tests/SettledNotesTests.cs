using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>
/// A paper with notes is laid out until the room its notes need settles. The engine's first pass
/// settles it and the drawing pass takes it over instead of settling again: the file must be the
/// very one a render that settles by itself makes.
/// </summary>
public class SettledNotesTests
{
    private static Model.Document WithNotes() => ModelSamples.Of([.. Enumerable.Range(1, 60).Select(i => (Model.Block)new Model.Paragraph([
        new Model.Text($"Paragraph {i} says what the ministry intends and why, at some length so that pages fill."),
        new Model.FootnoteReference([new Model.Paragraph([new Model.Text($"Note {i}: where the figure comes from, and what it leaves out.")], Model.ParagraphRoles.Note)]),
        new Model.Text(" It goes on for a second sentence, which also takes room on the line."),
    ]))]);

    [Fact]
    public void Drawing_with_the_first_passes_page_map_makes_the_same_file_as_drawing_alone()
    {
        var input = ModelSamples.Input(WithNotes());
        using var alone = new MemoryStream();
        new PdfRenderer().Render(input, alone);

        var renderer = new PdfRenderer();
        var pages = renderer.Paginate(input);
        using var afterMap = new MemoryStream();
        renderer.Render(input with { Pages = pages }, afterMap);

        Assert.True(pages.PageCount > 2);
        Assert.Equal(alone.ToArray(), afterMap.ToArray());
    }
}
