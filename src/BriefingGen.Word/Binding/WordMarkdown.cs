using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Reads Word content back as Markdown: the paragraphs, headings, lists, quotes, code blocks and
/// tables of a rich-text control, with bold, italic, code, links, line breaks and footnotes. The
/// same reading is made of the control when the paper is written and when it is read back, so
/// the two compare equal exactly when nothing that Markdown can say was changed; Word's own
/// bookkeeping (split runs, revision ids, proofing marks) makes no difference, nor do the ways
/// other editors write the same thing (a style under another id, a link as a HYPERLINK field).
/// </summary>
internal sealed partial class WordMarkdown
{
    private readonly MarkdownSources _sources;
    private readonly List<string> _notes = [];
    private Func<string, string?> _links;
    private Stack<OpenField> _fields = new();

    /// <summary>The number the next ordered item shows, by list (<see cref="ListNumbering.ListOf"/>; 0 for items without numbering) and level.</summary>
    private readonly Dictionary<(long List, int Level), long> _next = [];

    /// <summary>The numbering instances and levels whose restart has been used.</summary>
    private readonly HashSet<(int NumId, int Level)> _restarted = [];

    /// <summary>The delimiter of the numbered list open at each level of the list being read, outermost first.</summary>
    private readonly List<(int Level, char Delimiter)> _delimiters = [];

    /// <summary>The deepest list level Word numbers.</summary>
    private const int MaxLevel = 8;

    /// <summary>The largest number CommonMark reads as a list item's (nine digits).</summary>
    private const long MaxMarkerNumber = 999_999_999;

    private WordMarkdown(MarkdownSources sources)
    {
        _sources = sources;
        _links = sources.Link;
    }

    /// <summary>The Markdown of block-level content (paragraphs, tables).</summary>
    public static string Blocks(IEnumerable<OpenXmlElement> blocks, MarkdownSources sources)
    {
        var reader = new WordMarkdown(sources);
        var text = reader.ReadBlocks(Flatten(blocks).Select(block => block is Table table ? new Block(null, table) : new Block(Lines.Of((Paragraph)block), null)));
        return reader.WithNotes(text);
    }

    /// <summary>
    /// The Markdown of a field shown in run-level controls, one or more in each of its paragraphs:
    /// each paragraph with its style and numbering, holding only what its controls hold. The
    /// controls are read where they stand; a copy of each, which a paragraph of their own would
    /// need, cost more than the reading on a table of thousands of cells.
    /// </summary>
    public static string Controls(IEnumerable<SdtRun> controls, MarkdownSources sources)
    {
        var paragraphs = new List<Block>();
        List<OpenXmlElement>? current = null;
        OpenXmlElement? currentOwner = null;
        foreach (var control in controls)
        {
            var owner = control.Ancestors<Paragraph>().FirstOrDefault();
            if (current is null || !ReferenceEquals(owner, currentOwner))
            {
                current = [];
                paragraphs.Add(new Block(new Lines(owner?.ParagraphProperties, current), null));
                currentOwner = owner;
            }

            current.Add(control);
        }

        var reader = new WordMarkdown(sources);
        return reader.WithNotes(reader.ReadBlocks(paragraphs));
    }

    /// <summary>The text of run-level content as it reads, without formatting: what a plain-text control holds.</summary>
    public static string PlainText(OpenXmlElement content) => PlainText(content.Descendants());

    private static string PlainText(IEnumerable<OpenXmlElement> elements)
    {
        var sb = new StringBuilder();
        foreach (var element in elements)
        {
            switch (element)
            {
                case Text text:
                    sb.Append(text.Text);
                    break;
                case TabChar:
                    sb.Append('\t');
                    break;
                case Break or CarriageReturn:
                    sb.Append('\n');
                    break;
            }
        }

        return sb.ToString();
    }

    private string WithNotes(string text)
    {
        if (_notes.Count == 0)
        {
            return text;
        }

        var sb = new StringBuilder(text);
        for (var i = 0; i < _notes.Count; i++)
        {
            sb.Append("\n\n[^").Append((i + 1).ToString(CultureInfo.InvariantCulture)).Append("]: ").Append(_notes[i]);
        }

        return sb.ToString();
    }

    private string ReadBlocks(IEnumerable<Block> blocks)
    {
        var sb = new StringBuilder();
        var indents = new List<int>();
        var previousWasItem = false;
        var code = new List<string>();
        foreach (var block in blocks)
        {
            if (block.Paragraph is { } codeLine && _sources.Styles.Our(codeLine.Properties?.ParagraphStyleId?.Val?.Value) == StyleIds.CodeBlock)
            {
                code.Add(PlainText(codeLine.Content.SelectMany(element => element.Descendants().Prepend(element))));
                continue;
            }

            if (code.Count > 0)
            {
                Separate(sb, false);
                sb.Append("```\n").Append(string.Join('\n', code)).Append("\n```");
                code.Clear();
                previousWasItem = false;
            }

            if (block.Paragraph is { } paragraph)
            {
                var isItem = ReadParagraph(sb, paragraph, indents, previousWasItem);
                previousWasItem = isItem ?? previousWasItem;
            }
            else if (block.Table is { } table)
            {
                Separate(sb, false);
                ReadTable(sb, table);
                previousWasItem = false;
                indents.Clear();
                _delimiters.Clear();
            }
        }

        if (code.Count > 0)
        {
            Separate(sb, false);
            sb.Append("```\n").Append(string.Join('\n', code)).Append("\n```");
        }

        return sb.ToString();
    }

    /// <summary>Writes one paragraph; true when it was a list item, false for any other text, null when it was empty.</summary>
    private bool? ReadParagraph(StringBuilder sb, Lines paragraph, List<int> indents, bool previousWasItem)
    {
        var text = ReadInlines(paragraph.Content).Trim();
        var style = _sources.Styles.Our(paragraph.Properties?.ParagraphStyleId?.Val?.Value);
        var numbering = paragraph.Properties?.NumberingProperties;
        if (text.Length == 0)
        {
            return null;
        }

        if (style is StyleIds.ListBullet or StyleIds.ListNumber || numbering is not null)
        {
            var level = Math.Clamp(numbering?.NumberingLevelReference?.Val?.Value ?? 0, 0, MaxLevel);
            if (indents.Count > level)
            {
                indents.RemoveRange(level, indents.Count - level);
            }

            var marker = style == StyleIds.ListNumber ? OrderedMarker(level, numbering?.NumberingId?.Val?.Value) : BulletMarker(level);

            // Each level's text starts where its parent item's text starts: the sum of the markers
            // above it. Levels with no item of their own (an item indented two levels at once) are
            // items that open with a list, "- - text", as Markdown writes them.
            var indent = indents.Sum();
            Separate(sb, previousWasItem);
            sb.Append(' ', indent);
            while (indents.Count < level)
            {
                sb.Append("- ");
                indents.Add(2);
            }

            indents.Add(marker.Length);
            sb.Append(marker).Append(text);
            return true;
        }

        if (style == StyleIds.ListContinue && indents.Count > 0)
        {
            Separate(sb, false);
            sb.Append(' ', indents.Sum()).Append(text);
            return true;
        }

        indents.Clear();
        _delimiters.Clear();
        Separate(sb, false);
        if (style.StartsWith("Heading", StringComparison.Ordinal) && int.TryParse(style.AsSpan(7), NumberStyles.None, CultureInfo.InvariantCulture, out var headingLevel) && headingLevel is >= 1 and <= 6)
        {
            sb.Append('#', headingLevel).Append(' ').Append(text);
        }
        else if (style == StyleIds.Quote)
        {
            sb.Append("> ").Append(text);
        }
        else
        {
            sb.Append(text);
        }

        return false;
    }

    /// <summary>
    /// The marker of an ordered item. An item that starts a list again right after another list's
    /// items at its level changes the delimiter, which is how Markdown tells two lists apart there;
    /// either delimiter makes the same list.
    /// </summary>
    private string OrderedMarker(int level, int? numId)
    {
        var (number, startsAnew) = Number(level, numId);
        _delimiters.RemoveAll(open => open.Level > level);
        var index = _delimiters.FindIndex(open => open.Level == level);
        var delimiter = index < 0 ? '.' : startsAnew ? (_delimiters[index].Delimiter == '.' ? ')' : '.') : _delimiters[index].Delimiter;
        if (index < 0)
        {
            _delimiters.Add((level, delimiter));
        }
        else
        {
            _delimiters[index] = (level, delimiter);
        }

        return number.ToString(CultureInfo.InvariantCulture) + delimiter + " ";
    }

    /// <summary>The marker of a bulleted item, which ends any numbered list open at its level.</summary>
    private string BulletMarker(int level)
    {
        _delimiters.RemoveAll(open => open.Level >= level);
        return "- ";
    }

    /// <summary>
    /// The number an ordered item at <paramref name="level"/> of numbering instance
    /// <paramref name="numId"/> shows, counted as Word counts (<see cref="ListNumbering"/>), with the
    /// deeper levels of its list starting again after it. Markdown takes a list's start from its
    /// first item, so that item carries the number Word shows; CommonMark reads no more than nine
    /// digits, and no sign, as a number. Also whether the item starts a list of its own, apart
    /// from any list before it.
    /// </summary>
    private (long Number, bool StartsAnew) Number(int level, int? numId)
    {
        var lists = _sources.Lists;
        var list = numId is { } id ? lists.ListOf(id) : 0;
        var restart = numId is { } instance ? lists.RestartOf(instance, level) : null;
        var restarts = restart is not null && _restarted.Add((numId!.Value, level));
        var counts = _next.TryGetValue((list, level), out var next);
        long number = restarts ? restart!.Value
            : counts ? next
            : numId is { } counting ? lists.StartOf(counting, level) : 1;
        number = Math.Clamp(number, 0, MaxMarkerNumber);

        // A restart at the number the list had reached (an item numbered as literal text) counts on.
        var startsAnew = restarts && !(counts && next == number);
        _next[(list, level)] = number + 1;
        for (var deeper = level + 1; deeper <= MaxLevel; deeper++)
        {
            _next.Remove((list, deeper));
        }

        return (number, startsAnew);
    }

    private void ReadTable(StringBuilder sb, Table table)
    {
        var first = true;
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = row.Elements<TableCell>().Select(cell => string.Join(' ', cell.Elements<Paragraph>().Select(p => ReadInlines(p.ChildElements).Trim()).Where(t => t.Length > 0)).Replace("|", "\\|", StringComparison.Ordinal)).ToList();
            sb.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            if (first)
            {
                sb.Append('|').Append(string.Concat(cells.Select(_ => "---|"))).Append('\n');
                first = false;
            }
        }

        if (sb.Length > 0 && sb[^1] == '\n')
        {
            sb.Length--;
        }
    }

    private static void Separate(StringBuilder sb, bool tight)
    {
        if (sb.Length > 0)
        {
            sb.Append(tight ? "\n" : "\n\n");
        }
    }

    /// <summary>A paragraph to read: its properties (style, numbering) and the content read as its text.</summary>
    private sealed record Lines(ParagraphProperties? Properties, IEnumerable<OpenXmlElement> Content)
    {
        public static Lines Of(Paragraph paragraph) => new(paragraph.ParagraphProperties, paragraph.ChildElements);
    }

    /// <summary>One block to read: a paragraph or a table.</summary>
    private readonly record struct Block(Lines? Paragraph, Table? Table);

    /// <summary>Block content with the wrappers Word may put around it (controls, custom XML) opened up.</summary>
    private static IEnumerable<OpenXmlElement> Flatten(IEnumerable<OpenXmlElement> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case SdtBlock sdt:
                    foreach (var inner in Flatten(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>()))
                    {
                        yield return inner;
                    }

                    break;
                case CustomXmlBlock custom:
                    foreach (var inner in Flatten(custom.ChildElements))
                    {
                        yield return inner;
                    }

                    break;
                case Paragraph or Table:
                    yield return block;
                    break;
            }
        }
    }

    /// <summary>
    /// The Markdown of a paragraph's content: formatted pieces merged where their formatting agrees.
    /// Markdown reads two note marks side by side, <c>[^1][^2]</c>, as one reference link to the
    /// second note, so a mark followed by another is written <c>[^1][]</c>, which reads as the mark.
    /// </summary>
    private string ReadInlines(IEnumerable<OpenXmlElement> content) => NoteMarkBeforeNoteMark().Replace(Render(CollectApart(content)), "$1[]");

    /// <summary>A note mark this reading wrote, followed by another.</summary>
    [GeneratedRegex(@"(?<!\\)(\[\^[0-9]+\])(?=\[\^[0-9]+\])")]
    private static partial Regex NoteMarkBeforeNoteMark();

    /// <summary>The pieces of <paramref name="content"/>, its fields followed within it alone.</summary>
    private List<Piece> CollectApart(IEnumerable<OpenXmlElement> content)
    {
        var pieces = new List<Piece>();
        var outer = _fields;
        _fields = new Stack<OpenField>();
        try
        {
            Collect(content, pieces);

            // A field still open at the end shows what it holds so far, as text.
            while (_fields.Count > 0)
            {
                var field = _fields.Pop();
                field.Outer.AddRange(field.Result ?? []);
            }
        }
        finally
        {
            _fields = outer;
        }

        return pieces;
    }

    /// <summary>Pieces as Markdown: neighbours in the same format are merged, so a run split in two reads as one.</summary>
    private static string Render(List<Piece> pieces)
    {
        var sb = new StringBuilder();
        var lineStart = true;
        for (var i = 0; i < pieces.Count;)
        {
            var piece = pieces[i];
            if ((piece.Link is { } link ? LinkMarkdown(Render(link.Content), link.Target) : piece.Raw) is { } raw)
            {
                sb.Append(raw);
                lineStart = raw.EndsWith('\n');
                i++;
                continue;
            }

            var text = new StringBuilder(piece.Text);
            var j = i + 1;
            while (j < pieces.Count && pieces[j].Raw is null && pieces[j].Link is null && pieces[j].Format == piece.Format)
            {
                text.Append(pieces[j].Text);
                j++;
            }

            var before = sb.Length > 0 && !lineStart ? sb[^1] : ' ';
            var after = j < pieces.Count ? FirstCharacter(pieces[j]) : ' ';
            sb.Append(MarkdownEmphasis.Write(text.ToString(), piece.Format, lineStart, before, after));
            lineStart = false;
            i = j;
        }

        return sb.ToString();
    }

    private void Collect(IEnumerable<OpenXmlElement> content, List<Piece> pieces)
    {
        foreach (var element in content)
        {
            switch (element)
            {
                case Run run:
                    CollectRun(run, pieces);
                    break;
                case Hyperlink link:
                    var target = link.Id?.Value is { } id ? _links(id) : link.Anchor?.Value is { } anchor ? "#" + anchor : null;
                    Target(pieces).Add(Piece.ForLink(CollectApart(link.ChildElements), target));
                    break;
                case SdtRun sdt:
                    Collect(sdt.SdtContentRun?.ChildElements ?? Enumerable.Empty<OpenXmlElement>(), pieces);
                    break;
                case SimpleField field when field.Instruction?.Value is { } instruction && HyperlinkField.Target(instruction) is { } address:
                    Target(pieces).Add(Piece.ForLink(CollectApart(field.ChildElements), address));
                    break;
                case InsertedRun or SimpleField or CustomXmlRun:
                    Collect(element.ChildElements, pieces);
                    break;
            }
        }
    }

    /// <summary>
    /// A link as Markdown; its text alone when it has no address. Note marks at the end of its text
    /// go after it: LibreOffice stretches a link over the mark of a note that follows it.
    /// </summary>
    private static string LinkMarkdown(string text, string? target)
    {
        var marks = "";
        while (TrailingNoteMark().Match(text) is { Success: true } mark)
        {
            marks = mark.Value + marks;
            text = text[..mark.Index];
        }

        return (target is null ? text : "[" + text + "](" + LinkAddress.ForMarkdown(target) + ")") + marks;
    }

    /// <summary>A note mark this reading wrote (text that looks like one is escaped) at the end of a text.</summary>
    [GeneratedRegex(@"(?<!\\)\[\^[0-9]+\]$")]
    private static partial Regex TrailingNoteMark();

    /// <summary>
    /// Where a run's pieces go: into the result of the HYPERLINK field being read, if any; into the
    /// link just before it when the run is in the link style (LibreOffice can end a link's field
    /// after its first character and leave the rest in the link style only); else <paramref name="pieces"/>.
    /// </summary>
    private List<Piece> Target(List<Piece> pieces, bool linkStyle = false)
    {
        var target = _fields.Count > 0 ? _fields.Peek().Into : pieces;
        return linkStyle && target.Count > 0 && target[^1].Link is { } link ? link.Content : target;
    }

    private void CollectRun(Run run, List<Piece> list)
    {
        var format = FormatOf(run.RunProperties);
        var linkStyle = _sources.Styles.Our(run.RunProperties?.RunStyle?.Val?.Value) == StyleIds.Hyperlink;
        foreach (var child in run.ChildElements)
        {
            var pieces = Target(list, linkStyle);
            switch (child)
            {
                case FieldChar { FieldCharType.Value: var type }:
                    ReadFieldChar(type, list);
                    break;
                case FieldCode code when _fields.Count > 0 && !_fields.Peek().Separated:
                    _fields.Peek().Instruction.Append(code.Text);
                    break;
                case Text text:
                    pieces.Add(new Piece(text.Text, format, null));
                    break;
                case TabChar:
                    pieces.Add(new Piece("\t", format, null));
                    break;
                case Break lineBreak when lineBreak.Type is null || lineBreak.Type.Value == BreakValues.TextWrapping:
                    pieces.Add(new Piece("", default, "\\\n"));
                    break;
                case CarriageReturn:
                    pieces.Add(new Piece("", default, "\\\n"));
                    break;
                case FootnoteReference note when note.Id?.Value is { } id:
                    var noteText = _sources.Note(id) is { } paragraphs ? NoteText(paragraphs) : "";
                    _notes.Add(noteText);
                    pieces.Add(new Piece("", default, "[^" + _notes.Count.ToString(CultureInfo.InvariantCulture) + "]"));
                    break;
            }
        }
    }

    /// <summary>
    /// Follows a complex field: its instruction is collected up to the separator; the result of a
    /// HYPERLINK field is collected apart and becomes a link at the end, any other field's result
    /// reads as the text it shows.
    /// </summary>
    private void ReadFieldChar(FieldCharValues type, List<Piece> pieces)
    {
        if (type == FieldCharValues.Begin)
        {
            var outer = Target(pieces);
            _fields.Push(new OpenField(outer));
        }
        else if (type == FieldCharValues.Separate && _fields.Count > 0)
        {
            var field = _fields.Peek();
            field.Separated = true;
            field.Address = HyperlinkField.Target(field.Instruction.ToString());
            field.Result = field.Address is null ? null : [];
        }
        else if (type == FieldCharValues.End && _fields.Count > 0)
        {
            var field = _fields.Pop();
            if (field.Result is { } result)
            {
                field.Outer.Add(Piece.ForLink(result, field.Address));
            }
        }
    }

    /// <summary>
    /// A note's paragraphs, each after the first indented as Markdown continues a note; the mark
    /// and the space Word puts at its start are not part of the text; its links are the footnotes part's.
    /// </summary>
    private string NoteText(IEnumerable<OpenXmlElement> paragraphs)
    {
        var body = _links;
        _links = _sources.NoteLink;
        try
        {
            return string.Join("\n\n    ", paragraphs.OfType<Paragraph>()
                .Select(p => ReadInlines(p.ChildElements.Where(c => c is not Run r || !r.Elements<FootnoteReferenceMark>().Any())).Trim())
                .Where(t => t.Length > 0));
        }
        finally
        {
            _links = body;
        }
    }

    private RunStyleFlags FormatOf(RunProperties? properties)
    {
        var style = _sources.Styles.Our(properties?.RunStyle?.Val?.Value);
        var flags = RunStyleFlags.None;
        if (style == StyleIds.Code)
        {
            return RunStyleFlags.Code;
        }

        if (style == StyleIds.Strong || IsOn(properties?.Bold))
        {
            flags |= RunStyleFlags.Bold;
        }

        if (style == "Emphasis" || IsOn(properties?.Italic))
        {
            flags |= RunStyleFlags.Italic;
        }

        return flags;
    }

    private static bool IsOn(OnOffType? toggle) => toggle is not null && (toggle.Val is null || toggle.Val.Value);

    /// <summary>The first character a piece writes, as far as emphasis next to it cares; a space for none.</summary>
    private static char FirstCharacter(Piece piece) => piece switch
    {
        { Link: not null } => '[',
        { Raw: { Length: > 0 } raw } => raw[0],
        { Format: not RunStyleFlags.None } => '*',
        { Text: { Length: > 0 } text } => text[0],
        _ => ' ',
    };

    /// <summary>A piece of a paragraph: text in one format, Markdown already made (a break, a note mark), or a link and what it holds.</summary>
    private readonly record struct Piece(string Text, RunStyleFlags Format, string? Raw)
    {
        /// <summary>For a link: its content and address.</summary>
        public LinkPiece? Link { get; init; }

        /// <summary>A link holding <paramref name="content"/>, to <paramref name="target"/> (null: text without a link).</summary>
        public static Piece ForLink(List<Piece> content, string? target) => new("", default, null) { Link = new LinkPiece(content, target) };
    }

    /// <summary>A link's content, which a run in the link style right after it may still add to, and its address.</summary>
    private sealed record LinkPiece(List<Piece> Content, string? Target);

    /// <summary>A complex field being read: its instruction, and for a HYPERLINK field the pieces of its result.</summary>
    private sealed class OpenField(List<Piece> outer)
    {
        /// <summary>Where the field stands.</summary>
        public List<Piece> Outer { get; } = outer;

        /// <summary>The instruction so far.</summary>
        public StringBuilder Instruction { get; } = new();

        /// <summary>True once the separator was met: what follows is the result.</summary>
        public bool Separated { get; set; }

        /// <summary>A HYPERLINK field's address.</summary>
        public string? Address { get; set; }

        /// <summary>A HYPERLINK field's result so far; null for other fields, whose result is read in place.</summary>
        public List<Piece>? Result { get; set; }

        /// <summary>Where the pieces of the result go.</summary>
        public List<Piece> Into => Result ?? Outer;
    }
}
