using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdBlock = Markdig.Syntax.Block;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace BriefingGen.Markup;

/// <summary>
/// Stage 3: parses the composed Markdown with the product's one pipeline and turns Markdig's tree
/// into the document model. Components arrive as fenced blocks (<c>risk-matrix</c>, <c>toc</c>,
/// <c>pagebreak</c>); <c>::: callout KIND Title</c> makes a callout and any other <c>::: role</c>
/// gives the paragraphs inside it that role.
/// </summary>
internal sealed class MarkdownConverter
{
    private readonly string _source;
    private readonly ImageLoader _images;
    private readonly DiagnosticBag _diagnostics;
    private readonly InlineConverter _inlines;
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private MarkdownConverter(string source, ImageLoader images, DiagnosticBag diagnostics)
    {
        _source = source;
        _images = images;
        _diagnostics = diagnostics;
        _inlines = new InlineConverter(note => ConvertBlocks(note, ParagraphRoles.Note));
    }

    /// <summary>Converts <paramref name="markdown"/> into blocks.</summary>
    /// <param name="markdown">The composed Markdown.</param>
    /// <param name="source">What to call the Markdown in messages (the main template's path).</param>
    /// <param name="images">Where figures may come from.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static IReadOnlyList<Model.Block> Convert(string markdown, string source, ImageLoader images, DiagnosticBag diagnostics)
    {
        var document = Markdown.Parse(markdown, MarkdownPipelineFactory.Pipeline);
        return new MarkdownConverter(source, images, diagnostics).ConvertBlocks(document, ParagraphRoles.Body);
    }

    private List<Model.Block> ConvertBlocks(ContainerBlock container, string role)
    {
        var blocks = new List<Model.Block>();
        foreach (var block in container)
        {
            // A container other than a callout names a role for the paragraphs inside it and adds
            // no box of its own, so its content joins the surrounding blocks.
            if (block is CustomContainer { Info: not "callout" } roleContainer)
            {
                var info = roleContainer.Info ?? "";
                blocks.AddRange(ConvertBlocks(roleContainer, info.Length == 0 ? role : info));
                continue;
            }

            var converted = ConvertBlock(block, role);
            if (converted is not null)
            {
                blocks.Add(converted);
            }
        }

        return blocks;
    }

    private Model.Block? ConvertBlock(MdBlock block, string role) => block switch
    {
        HeadingBlock heading => ConvertHeading(heading),
        ParagraphBlock paragraph => ConvertParagraph(paragraph, role),
        Markdig.Syntax.ListBlock list => ConvertList(list, role),
        QuoteBlock quote => new Model.Quote(ConvertBlocks(quote, role)),
        MdTable table => ConvertTable(table),
        CustomContainer container => ConvertCallout(container, role),
        FencedCodeBlock fenced => ConvertFenced(fenced),
        CodeBlock code => CodeParagraph(code),
        _ => null, // thematic breaks, link definitions, footnote groups (notes travel with their marks)
    };

    private Heading ConvertHeading(HeadingBlock heading)
    {
        var id = heading.TryGetAttributes()?.Id;
        if (string.IsNullOrEmpty(id))
        {
            id = "section";
        }

        var unique = id;
        for (var n = 1; !_ids.Add(unique); n++)
        {
            unique = $"{id}-{n}";
        }

        return new Heading(heading.Level, _inlines.Convert(heading.Inline), unique);
    }

    private Model.Block ConvertParagraph(ParagraphBlock paragraph, string role)
    {
        // A paragraph that is a picture and nothing else is a figure; its title is the caption.
        if (paragraph.Inline?.FirstChild is LinkInline { IsImage: true } image && image.NextSibling is null)
        {
            var data = _images.Load(image.Url ?? "", out var error);
            if (data is not null)
            {
                return new Figure(data, InlineConverter.PlainText(image), string.IsNullOrWhiteSpace(image.Title) ? null : image.Title);
            }

            _diagnostics.Error(At(paragraph), "", error);
        }

        return new Paragraph(_inlines.Convert(paragraph.Inline), role);
    }

    private Model.ListBlock ConvertList(Markdig.Syntax.ListBlock list, string role)
    {
        var items = list.OfType<ListItemBlock>().Select(item => new ListItem(ConvertBlocks(item, role))).ToList();
        var start = int.TryParse(list.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 1;
        return new Model.ListBlock(list.IsOrdered, items, start);
    }

    private Model.Table ConvertTable(MdTable table)
    {
        var rows = table.OfType<MdTableRow>().ToList();
        var columns = rows.Count == 0 ? 0 : rows.Max(r => r.Count);
        var alignments = Enumerable.Range(0, columns).Select(i => Alignment(table, i)).ToArray();
        Model.TableRow Row(MdTableRow row) => new(Enumerable.Range(0, columns).Select(i =>
        {
            var cell = i < row.Count ? (MdTableCell)row[i] : null;
            var shade = cell?.OfType<ParagraphBlock>().Select(p => InlineConverter.FindShade(p.Inline)).FirstOrDefault(s => s is not null);
            return new Model.TableCell(cell is null ? [] : ConvertBlocks(cell, ParagraphRoles.Body), alignments[i], shade);
        }).ToList());

        return new Model.Table(
            ColumnWidths.Of(table, rows, columns),
            rows.Where(r => r.IsHeader).Select(Row).ToList(),
            rows.Where(r => !r.IsHeader).Select(Row).ToList());
    }

    private static CellAlignment Alignment(MdTable table, int column) =>
        column < table.ColumnDefinitions.Count
            ? table.ColumnDefinitions[column].Alignment switch
            {
                Markdig.Extensions.Tables.TableColumnAlign.Center => CellAlignment.Center,
                Markdig.Extensions.Tables.TableColumnAlign.Right => CellAlignment.Right,
                _ => CellAlignment.Left,
            }
            : CellAlignment.Left;

    private Callout ConvertCallout(CustomContainer container, string role)
    {
        var arguments = Unescape(container.Arguments ?? "").Trim();
        var space = arguments.IndexOf(' ', StringComparison.Ordinal);
        var kind = space < 0 ? arguments : arguments[..space];
        var title = space < 0 ? null : arguments[(space + 1)..].Trim();
        return new Callout(kind.Length == 0 ? "note" : kind, string.IsNullOrEmpty(title) ? null : title, ConvertBlocks(container, role));
    }

    private Model.Block? ConvertFenced(FencedCodeBlock fenced)
    {
        var lines = LinesOf(fenced);
        switch (fenced.Info)
        {
            case "risk-matrix":
                return RiskMatrixReader.Read(lines, At(fenced), _diagnostics);
            case "toc":
                var title = lines.FirstOrDefault(l => l.Trim().Length > 0)?.Trim() ?? "Contents";
                return new TableOfContents(title);
            case "pagebreak":
                return new PageBreak();
            default:
                return CodeParagraph(fenced);
        }
    }

    private static Paragraph CodeParagraph(LeafBlock code)
    {
        var inlines = new List<Model.Inline>();
        var lines = LinesOf(code);
        for (var i = 0; i < lines.Count; i++)
        {
            if (i > 0)
            {
                inlines.Add(new LineBreak());
            }

            inlines.Add(new Code(lines[i]));
        }

        return new Paragraph(inlines, "code");
    }

    /// <summary>The raw lines of a code block; an empty block has none (and no line array).</summary>
    private static List<string> LinesOf(LeafBlock block) =>
        block.Lines.Lines is null ? [] : block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()).ToList();

    private SourceLocation At(MdBlock block) => new($"{_source} (composed Markdown)", block.Line + 1, block.Column + 1);

    /// <summary>Removes CommonMark backslash escapes (before ASCII punctuation) from text Markdig leaves raw.</summary>
    internal static string Unescape(string text)
    {
        var sb = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && CommonMark.IsAsciiPunctuation(text[i + 1]))
            {
                i++;
            }

            sb.Append(text[i]);
        }

        return sb.ToString();
    }
}
