using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Word.Binding;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace BriefingGen.Word.Reading;

/// <summary>
/// Reads a paper's data back: the data embedded when it was made, with every edit made since in
/// its content controls. A bound control's edit is found in the part (where Word writes it) or in
/// the control itself (where other editors leave it); a rich-text control's content is read as
/// Markdown. A field whose controls all show what they showed when the paper was made keeps its
/// value exactly as the data file wrote it. A paper without the part, or whose controls for a field
/// were deleted, is an error: the data is never guessed.
/// </summary>
public static class PaperExtractor
{
    /// <summary>The largest data part read, in bytes.</summary>
    private const long MaxPartBytes = 64L * 1024 * 1024;

    /// <summary>Reads the paper in <paramref name="docx"/>, called <paramref name="name"/> in messages.</summary>
    public static ExtractedPaper Extract(Stream docx, string name)
    {
        var diagnostics = new DiagnosticBag();
        var at = SourceLocation.OfFile(name);
        WordprocessingDocument document;
        try
        {
            // Every part is read within the limit the data part has: a small file can unpack to
            // a body of hundreds of megabytes.
            document = WordprocessingDocument.Open(docx, isEditable: false, new OpenSettings { MaxCharactersInPart = MaxPartBytes });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException or XmlException or ArgumentException)
        {
            diagnostics.Error(at, "", "this is not a Word document (.docx) that can be opened: " + Describe(e));
            return new ExtractedPaper(diagnostics.Items);
        }

        using (document)
        {
            try
            {
                // The SDK finds parts as they are first asked for; asking for all of them here
                // finds a part the package lists but does not hold before anything is read.
                _ = document.GetAllParts().Count();
            }
            catch (InvalidOperationException e)
            {
                diagnostics.Error(at, "", "the Word document is damaged and cannot be read: a part it lists is missing (" + e.Message + ")");
                return new ExtractedPaper(diagnostics.Items);
            }

            try
            {
                return Read(document, name, diagnostics);
            }
            catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FormatException)
            {
                diagnostics.Error(at, "", "the Word document is damaged and cannot be read: " + Describe(e));
                return new ExtractedPaper(diagnostics.Items);
            }
        }
    }

    /// <summary>What is wrong, in the reader's words rather than the XML parser's (which names its own settings).</summary>
    private static string Describe(Exception e) => e switch
    {
        XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) => "it holds a document type declaration (DTD), which Word never writes and BriefingGen does not read",
        XmlException x when x.Message.Contains("MaxCharacters", StringComparison.Ordinal) => $"it unpacks to more than {MaxPartBytes / (1024 * 1024)} million characters, far more than any paper holds",
        XmlException x => $"its XML is not well formed at line {x.LineNumber}, column {x.LinePosition}",
        _ => e.Message,
    };

    private static ExtractedPaper Read(WordprocessingDocument document, string name, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.OfFile(name);
        var main = document.MainDocumentPart;
        var emptied = false;
        var root = main is null ? null : FindPart(main, out emptied);
        if (main is not null && root is null && emptied)
        {
            diagnostics.Error(at, "", "this paper's data part is empty, so the data it was made from cannot be read back. LibreOffice empties it when it saves a paper in which a content control bound to the data holds &, < or ]]> (typed in LibreOffice); open the paper as it was before that save, or render it again from its data file");
            return new ExtractedPaper(diagnostics.Items);
        }

        if (main is null || root is null)
        {
            diagnostics.Error(at, "", $"this paper carries no data: it has no part in the namespace {PaperPart.Namespace}. It was not made by briefgen, or the part was removed; its data cannot be read back from the text alone");
            return new ExtractedPaper(diagnostics.Items);
        }

        XNamespace ns = PaperPart.Namespace;
        var pack = root.Attribute("pack")?.Value ?? "";
        var version = root.Attribute("version")?.Value ?? "";
        var tree = root.Element(ns + PaperPart.Data)?.Elements().FirstOrDefault();
        var embedded = tree is null ? null : DataTreeXml.Read(tree, new SourceLocation($"{name} (data embedded in the paper)", 0, 0), DataLimits.Default.MaxDepth + 1, out var error)
            ?? throw new FormatException(error);
        if (embedded is null)
        {
            diagnostics.Error(at, "", "the paper's data part holds no data");
            return new ExtractedPaper(diagnostics.Items);
        }

        var fields = Fields(root.Element(ns + PaperPart.Fields));
        var controls = Controls(document).ToList();
        var orders = new Dictionary<ControlStory, IReadOnlyList<int>>
        {
            [ControlStory.Body] = Positions(root.Element(ns + PaperPart.UnboundOrder)),
            [ControlStory.Furniture] = Positions(root.Element(ns + PaperPart.FurnitureOrder)),
        };
        var byField = Match(fields, controls, orders);
        var edits = new Dictionary<string, (string Value, string Label)>(StringComparer.Ordinal);
        var sources = SourcesOf(main);
        foreach (var field in fields)
        {
            var shown = byField.GetValueOrDefault(field) ?? [];
            if (shown.Count == 0)
            {
                diagnostics.Error(at, field.Path, $"content control '{field.Label}' is no longer in the paper: it was deleted, so whether its value was meant to go cannot be told. Undo the deletion, or change the data file instead");
                continue;
            }

            var candidates = Candidates(field, shown, sources, at, diagnostics).Distinct(StringComparer.Ordinal).ToList();
            if (edits.TryGetValue(field.Path, out var earlier))
            {
                candidates.Add(earlier.Value);
                candidates = candidates.Distinct(StringComparer.Ordinal).ToList();
            }

            if (candidates.Count > 1)
            {
                diagnostics.Error(at, field.Path, $"content control '{field.Label}' was edited in more than one place, to different values: {string.Join(" and ", candidates.Select(c => $"\"{Excerpt.Of(c)}\""))}. Make them agree");
                continue;
            }

            if (candidates.Count == 1)
            {
                edits[field.Path] = (candidates[0], field.Label);
            }
        }

        if (diagnostics.HasErrors)
        {
            return new ExtractedPaper(diagnostics.Items) { Embedded = embedded, Pack = pack, Version = version };
        }

        var changes = new Dictionary<DataPath, DataNode>();
        var editedIn = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, (value, label)) in edits)
        {
            // The part's list of fields and its data are written together; a field that names no
            // value of the data means the part was changed by hand, and its edit has nowhere to go.
            if (!DataPath.TryParse(path, out var parsed) || DataPath.Find(embedded, parsed) is not DataScalar original)
            {
                var what = parsed is not null && DataPath.Find(embedded, parsed) is { } node ? $"a {(node is DataList ? "list" : "map")}, not a value" : "nothing in it";
                diagnostics.Error(at, path, $"content control '{label}' was edited, but its field '{path}' names {what} in the data embedded in the paper (the data part was changed outside briefgen), so the edit cannot be applied; make it in the data file instead");
                continue;
            }

            changes[parsed] = new DataScalar(new SourceLocation($"{name} (content control '{label}')", 0, 0), value, KindOf(value, original));
            editedIn[path] = label;
        }

        if (diagnostics.HasErrors)
        {
            return new ExtractedPaper(diagnostics.Items) { Embedded = embedded, Pack = pack, Version = version };
        }

        return new ExtractedPaper(diagnostics.Items)
        {
            Embedded = embedded,
            Data = DataEdits.Apply(embedded, changes),
            Pack = pack,
            Version = version,
            EditedIn = editedIn,
        };
    }

    /// <summary>
    /// The part in our namespace, read without DTDs and within a size limit; null when there is
    /// none. <paramref name="emptied"/> tells whether an empty part was found that was ours: its
    /// properties say so, or the paper's controls are bound into our namespace.
    /// </summary>
    private static XElement? FindPart(MainDocumentPart main, out bool emptied)
    {
        emptied = false;
        foreach (var part in main.CustomXmlParts)
        {
            using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
            if (stream.Length == 0)
            {
                emptied |= part.CustomXmlPropertiesPart?.DataStoreItem?.SchemaReferences?.Elements<DocumentFormat.OpenXml.CustomXmlDataProperties.SchemaReference>()
                    .Any(r => r.Uri?.Value == PaperPart.Namespace) == true || BoundToUs(main);
                continue;
            }

            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = MaxPartBytes };
            try
            {
                using var reader = XmlReader.Create(stream, settings);
                if (!reader.ReadToFollowing(PaperPart.Root, PaperPart.Namespace))
                {
                    continue;
                }

                return (XElement)XNode.ReadFrom(reader);
            }
            catch (XmlException e)
            {
                throw new InvalidDataException($"its part {part.Uri}: {Describe(e)}", e);
            }
        }

        return null;
    }

    /// <summary>True when a control of the body, a header or a footer is bound into our namespace.</summary>
    private static bool BoundToUs(MainDocumentPart main) =>
        new OpenXmlElement?[] { main.Document?.Body }
            .Concat(main.HeaderParts.Select(h => (OpenXmlElement?)h.Header))
            .Concat(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer))
            .OfType<OpenXmlElement>()
            .SelectMany(story => story.Descendants<DataBinding>())
            .Any(b => b.PrefixMappings?.Value?.Contains(PaperPart.Namespace, StringComparison.Ordinal) == true);

    private static List<PartField> Fields(XElement? list)
    {
        var fields = new List<PartField>();
        if (list is null)
        {
            return fields;
        }

        foreach (var element in list.Elements(XName.Get(PaperPart.Field, PaperPart.Namespace)))
        {
            var form = element.Attribute("form")?.Value switch
            {
                "text" => FieldForm.Text,
                "choice" => FieldForm.Choice,
                "date" => FieldForm.Date,
                "markdown" => FieldForm.Markdown,
                _ => (FieldForm?)null,
            };
            if (form is null || element.Attribute("path")?.Value is not { } path)
            {
                throw new FormatException("a field of the data part has no path or an unknown form");
            }

            var current = element.Element(XName.Get(PaperPart.Value, PaperPart.Namespace))?.Value ?? "";
            fields.Add(new PartField(fields.Count + 1, path, element.Attribute("label")?.Value ?? path, form.Value, element.Attribute("printed")?.Value ?? current, current)
            {
                DatePattern = element.Attribute("pattern")?.Value,
                Culture = element.Attribute("culture")?.Value,
            });
        }

        return fields;
    }

    /// <summary>The field positions a list of the part names, separated by spaces; none when there is no list.</summary>
    private static List<int> Positions(XElement? list) =>
        (list?.Value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).ToList();

    /// <summary>Every content control of the paper's stories, in reading order: the body, the headers and footers as the sections name them, the notes.</summary>
    private static IEnumerable<Control> Controls(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart!;
        var body = main.Document?.Body;
        var furniture = body is null ? [] : FurnitureStories.Of(main, body).ToList();
        (OpenXmlElement? Root, ControlStory Story)[] stories =
        [
            (body, ControlStory.Body),
            .. furniture.Select(f => ((OpenXmlElement?)f, ControlStory.Furniture)),
            .. main.HeaderParts.Select(h => (OpenXmlElement?)h.Header).Concat(main.FooterParts.Select(f => (OpenXmlElement?)f.Footer))
                .Where(f => f is not null && !furniture.Contains(f)).Select(f => (f, ControlStory.Furniture)),
            (main.FootnotesPart?.Footnotes, ControlStory.Notes),
        ];
        foreach (var (root, story) in stories)
        {
            foreach (var sdt in root?.Descendants<SdtElement>() ?? [])
            {
                yield return Control.Of(sdt) with { Story = story };
            }
        }
    }

    /// <summary>
    /// Which controls show which field: a bound control by its XPath, others by their place in the
    /// order the part records, or when that no longer fits, by their tag (the data path) or, where
    /// an editor dropped the tag, by their title.
    /// </summary>
    private static Dictionary<PartField, List<Control>> Match(IReadOnlyList<PartField> fields, IReadOnlyList<Control> controls, IReadOnlyDictionary<ControlStory, IReadOnlyList<int>> orders)
    {
        // The unbound controls of a story are known by their order, which the part lists, as long as
        // the story has exactly as many as the paper was made with: an editor may have written them
        // back without tag or title, and one value may be shown in two forms under one tag.
        // Otherwise (a control deleted or copied) those with a tag or title are known by it.
        var byOrder = new Dictionary<Control, PartField?>(ReferenceEqualityComparer.Instance);
        foreach (var (story, order) in orders)
        {
            var unbound = controls.Where(c => c.Story == story && c.Position == 0).ToList();
            if (unbound.Count != order.Count)
            {
                continue;
            }

            for (var i = 0; i < unbound.Count; i++)
            {
                // 0: a locked control, showing text worked out from a value, which is no field's.
                byOrder[unbound[i]] = order[i] > 0 && order[i] <= fields.Count ? fields[order[i] - 1] : null;
            }
        }

        var byPath = fields.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var byLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            byLabel.TryAdd(field.Label, field.Path);
        }

        PartField? ByName(Control control)
        {
            var path = control.Tag is { } tag && byPath.ContainsKey(tag) ? tag : control.Alias is { } alias && byLabel.TryGetValue(alias, out var owner) ? owner : null;
            if (path is null)
            {
                return null;
            }

            var candidates = byPath[path];
            return candidates.Find(f => f.Form == FieldForm.Markdown)
                ?? candidates.Find(f => f.Form == FieldForm.Text && f.Printed == control.Text)
                ?? candidates.Find(f => f.Form == FieldForm.Text)
                ?? candidates[0];
        }

        var result = new Dictionary<PartField, List<Control>>();
        foreach (var control in controls)
        {
            var field = byOrder.TryGetValue(control, out var ordered) ? ordered
                : control.Position > 0 && control.Position <= fields.Count ? fields[control.Position - 1] : ByName(control);
            if (field is null)
            {
                continue;
            }

            if (!result.TryGetValue(field, out var list))
            {
                list = [];
                result.Add(field, list);
            }

            list.Add(control);
        }

        return result;
    }

    /// <summary>
    /// What reading the paper's Markdown looks up: the footnotes, the addresses of links (each in
    /// the part that holds it) and the names of the styles.
    /// </summary>
    private static MarkdownSources SourcesOf(MainDocumentPart main)
    {
        var footnotes = main.FootnotesPart?.Footnotes?.Elements<Footnote>().Where(f => f.Id is not null)
            .GroupBy(f => (long)f.Id!.Value).ToDictionary(g => g.Key, g => (IEnumerable<OpenXmlElement>)g.First().ChildElements) ?? [];
        var links = Addresses(main.HyperlinkRelationships);
        var noteLinks = Addresses(main.FootnotesPart?.HyperlinkRelationships ?? []);
        return new MarkdownSources(id => links.GetValueOrDefault(id), id => footnotes.GetValueOrDefault(id), id => noteLinks.GetValueOrDefault(id), StyleNames.Of(main.StyleDefinitionsPart?.Styles), ListNumbering.Of(main.NumberingDefinitionsPart?.Numbering));
    }

    private static Dictionary<string, string> Addresses(IEnumerable<HyperlinkRelationship> relationships) =>
        relationships.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Uri.OriginalString, StringComparer.Ordinal);

    /// <summary>The values <paramref name="field"/> was edited to: none when it shows what it showed.</summary>
    private static IEnumerable<string> Candidates(PartField field, List<Control> shown, MarkdownSources sources, SourceLocation at, DiagnosticBag diagnostics)
    {
        switch (field.Form)
        {
            case FieldForm.Markdown:
                var markdown = WordMarkdown.Controls(shown.Select(c => c.Element).OfType<SdtRun>(), sources);
                return markdown == field.Printed ? [] : [markdown];
            case FieldForm.Choice:
                return [.. PartEdit(field), .. shown.Select(c => c.Choice ?? c.Text.Trim()).Where(v => v != field.Printed)];
            case FieldForm.Date:
                var dates = new List<string>();
                if (PartEdit(field).FirstOrDefault() is { } stored)
                {
                    dates.Add(stored.Length > 10 && stored[10] == 'T' ? stored[..10] : stored);
                }

                foreach (var control in shown)
                {
                    if (DateOf(field, control, out var problem) is { } date)
                    {
                        if (date != field.Printed)
                        {
                            dates.Add(date);
                        }
                    }
                    else
                    {
                        diagnostics.Error(at, field.Path, $"content control '{field.Label}': {problem}");
                    }
                }

                return dates;
            default:
                return [.. PartEdit(field), .. shown.Select(c => c.Text).Where(t => t != field.Printed)];
        }
    }

    /// <summary>The field's element, when Word wrote an edit into it.</summary>
    private static IEnumerable<string> PartEdit(PartField field) => field.Current == field.Printed ? [] : [field.Current];

    /// <summary>A date control's date as YYYY-MM-DD: from its text when that was changed, else from its stored date.</summary>
    private static string? DateOf(PartField field, Control control, out string problem)
    {
        problem = "";
        var culture = Typography.DocumentCulture.Get(field.Culture ?? "en-GB");
        var pattern = field.DatePattern ?? "yyyy-MM-dd";
        var printed = IsoDate.TryParse(field.Printed, out var was)
            ? was.ToString(pattern, culture)
            : field.Printed;
        if (control.Text.Trim() == printed)
        {
            return control.FullDate is { } full && DateOnly.FromDateTime(full) != was ? DateOnly.FromDateTime(full).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : field.Printed;
        }

        if (DateOnly.TryParseExact(control.Text.Trim(), pattern, culture, DateTimeStyles.AllowWhiteSpaces, out var typed)
            || IsoDate.TryParse(control.Text.Trim(), out typed))
        {
            return typed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        if (control.FullDate is { } stored && DateOnly.FromDateTime(stored) != was)
        {
            return DateOnly.FromDateTime(stored).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        problem = $"\"{Excerpt.Of(control.Text)}\" is not a date; pick one with the date picker, or write it as {printed}";
        return null;
    }

    /// <summary>What kind of value an edit is: text where the data held text, else read as the data file would read it.</summary>
    private static ScalarKind KindOf(string value, DataScalar original)
    {
        if (original.Kind == ScalarKind.String)
        {
            return ScalarKind.String;
        }

        if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            return ScalarKind.Integer;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d))
        {
            return ScalarKind.Number;
        }

        return value is "true" or "false" ? ScalarKind.Boolean : ScalarKind.String;
    }

}
