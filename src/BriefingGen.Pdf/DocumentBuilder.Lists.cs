using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Pdf.Layout;
using BriefingGen.Pdf.Writing;

namespace BriefingGen.Pdf;

/// <summary>Lists and the endnotes, which are a numbered list of the footnotes.</summary>
internal sealed partial class DocumentBuilder
{
    private ColumnElement List(ListBlock list, Scope scope, int depth)
    {
        var items = new List<Element>();
        var style = scope.Style ?? _styles.Body;
        var indent = list.Ordered ? 19.85 : 17;
        for (var i = 0; i < list.Items.Count; i++)
        {
            var marker = list.Ordered ? OrderedMarker(list.Start + i, depth) : new[] { "•", "–", "▪" }[depth % 3];
            var markerElement = new ParagraphElement([new TextSpan(marker, style)], _layouter, style) { LineSpacing = _styles.Theme.LineSpacing, Tag = new StructureNode("Lbl") };
            var content = new List<Element>();
            foreach (var block in list.Items[i].Blocks)
            {
                content.Add(block is ListBlock nested ? List(nested, scope, depth + 1) : Block(block, scope with { SpaceAfter = 3 }));
            }

            items.Add(new ListItemElement(markerElement, new ColumnElement(content) { Tag = new StructureNode("LBody") }, indent) { SpaceAfter = 3, Tag = new StructureNode("LI") });
        }

        return new ColumnElement(items) { SpaceAfter = _styles.Theme.ParagraphSpacing, SpaceBefore = depth > 0 ? 3 : 0, Tag = new StructureNode("L") };
    }

    private static string OrderedMarker(int number, int depth) => (depth % 3) switch
    {
        0 => number.ToString(CultureInfo.InvariantCulture) + ".",
        1 => ((char)('a' + ((number - 1) % 26))) + ")",
        _ => Roman(number) + ".",
    };

    private static string Roman(int number)
    {
        var numerals = new[] { (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i") };
        var result = "";
        foreach (var (value, text) in numerals)
        {
            while (number >= value)
            {
                result += text;
                number -= value;
            }
        }

        return result;
    }

    private ColumnElement Endnotes()
    {
        var style = _styles.ForRole(ParagraphRoles.Note);
        var items = new List<Element> { new RuleElement(144, 0.5, _styles.Theme.Colors.Muted) { SpaceAfter = 6, KeepWithNext = true } };
        for (var i = 0; i < _notes.Count; i++)
        {
            var number = (i + 1).ToString(CultureInfo.InvariantCulture);
            var marker = new ParagraphElement([new TextSpan(number + ".", style)], _layouter, style) { Destination = $"note-{number}", Tag = new StructureNode("Lbl") };
            var content = new ColumnElement(Blocks(_notes[i], new Scope(style, SpaceAfter: 2))) { Tag = new StructureNode("LBody") };
            items.Add(new ListItemElement(marker, content, 17) { SpaceAfter = 3, Tag = new StructureNode("LI") });
        }

        return new ColumnElement(items) { SpaceBefore = 18, Tag = new StructureNode("L") };
    }
}
