using BriefingGen.Model;
using BriefingGen.Typography;

namespace BriefingGen.Tests.Typography;

/// <summary>Note marks with nothing between them are flagged, so they print as ¹,² and not as note 12.</summary>
public sealed class NoteMarksTests
{
    private static FootnoteReference Note(string text) => new([new Paragraph([new Text(text)])]);

    private static bool[] Flags(IEnumerable<Inline> inlines) =>
        [.. inlines.SelectMany(ModelWalker.DescendantsAndSelf).OfType<FootnoteReference>().Select(n => n.FollowsNote)];

    [Fact]
    public void A_mark_after_a_mark_is_flagged_and_one_after_text_or_a_space_is_not()
    {
        IReadOnlyList<Inline> inlines = [new Text("a"), Note("1"), Note("2"), Note("3"), new Text(" "), Note("4"), new Text("b"), Note("5")];

        Assert.Equal([false, true, true, false, false], Flags(NoteMarks.Separate(inlines)));
    }

    [Fact]
    public void Marks_are_adjacent_across_emphasis_and_links_and_an_empty_text()
    {
        IReadOnlyList<Inline> inlines =
        [
            new Emphasis([new Text("stressed"), Note("1")]), Note("2"),
            new Text(""), Note("3"),
            new Link("https://example.org", [Note("4")]),
        ];

        Assert.Equal([false, true, true, true], Flags(NoteMarks.Separate(inlines)));
    }

    [Fact]
    public void Text_with_no_adjacent_marks_comes_back_as_the_same_list()
    {
        IReadOnlyList<Inline> inlines = [new Text("a"), Note("1"), new Strong([new Text("b"), Note("2")])];

        Assert.Same(inlines, NoteMarks.Separate(inlines));
    }
}
