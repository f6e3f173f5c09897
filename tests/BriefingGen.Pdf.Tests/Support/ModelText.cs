using BriefingGen.Model;

namespace BriefingGen.Pdf.Tests.Support;

/// <summary>The text a reader should find in a document, piece by piece, in document order.</summary>
internal static class ModelText
{
    /// <summary>Each paragraph's, heading's and caption's text in reading order; footnotes apart, since the PDF gives them as endnotes.</summary>
    public static IEnumerable<string> Pieces(Document document) => Blocks(document.Blocks).Where(p => p.Trim().Length > 0);

    private static string Of(IReadOnlyList<Inline>? inlines) => inlines is null ? "" : InlineText.Of(inlines);

    /// <summary>The text of every footnote, in order.</summary>
    public static IEnumerable<string> Footnotes(Document document) =>
        Inlines(document.Blocks).OfType<FootnoteReference>().SelectMany(f => Blocks(f.Blocks));

    private static IEnumerable<string> Blocks(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        Paragraph p => [InlineText.Of(p.Content)],
        Heading h => [InlineText.Of(h.Content)],
        ListBlock l => l.Items.SelectMany(i => Blocks(i.Blocks)),
        Table t => t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => Blocks(c.Blocks)).Append(Of(t.Caption)),
        Callout c => Blocks(c.Blocks).Prepend(Of(c.Title)),
        Quote q => Blocks(q.Blocks),
        Figure f => [Of(f.Caption)],
        TableOfContents toc => [Of(toc.Title)],
        _ => [],
    });

    private static IEnumerable<Inline> Inlines(IEnumerable<Block> blocks) => blocks.SelectMany(block => block switch
    {
        Paragraph p => Flatten(p.Content),
        Heading h => Flatten(h.Content),
        ListBlock l => Inlines(l.Items.SelectMany(i => i.Blocks)),
        Table t => Inlines(t.HeaderRows.Concat(t.BodyRows).SelectMany(r => r.Cells).SelectMany(c => c.Blocks)),
        Callout c => Inlines(c.Blocks),
        Quote q => Inlines(q.Blocks),
        _ => [],
    });

    private static IEnumerable<Inline> Flatten(IEnumerable<Inline> inlines) => inlines.SelectMany(i => i switch
    {
        Emphasis e => Flatten(e.Content).Prepend(i),
        Strong s => Flatten(s.Content).Prepend(i),
        Link l => Flatten(l.Content).Prepend(i),
        _ => [i],
    });
}
