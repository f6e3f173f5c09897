using System.Security.Cryptography;
using System.Text;
using System.Xml;
using BriefingGen.Data;
using BriefingGen.Model;
using BriefingGen.Rendering;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Calendar = DocumentFormat.OpenXml.Wordprocessing.Calendar;
using ListItem = DocumentFormat.OpenXml.Wordprocessing.ListItem;
using Lock = DocumentFormat.OpenXml.Wordprocessing.Lock;

namespace BriefingGen.Word.Binding;

/// <summary>
/// Puts what a template wrote from data into content controls while a paper is written, and
/// collects the fields the paper's custom XML part will hold. A value shown as written becomes a
/// plain-text control, a label or a short range a drop-down list and a long date a date picker,
/// each bound to its field with <c>w:dataBinding</c>, so an edit anywhere shows everywhere the
/// value appears and lands in the part (a text LibreOffice could not save bound is left unbound,
/// see <see cref="BindableText"/>). A Markdown field becomes a rich-text control, read back as
/// Markdown; text worked out from a value (a number in words) is tagged but locked. Every control
/// is tagged with the value's data path and titled with its label.
/// </summary>
internal sealed class FieldBinder
{
    private readonly PaperData _source;
    private readonly string _culture;
    private readonly List<BoundField> _fields = [];
    private readonly Dictionary<(string Path, FieldForm Form, string Value), BoundField> _byKey = [];
    private readonly Dictionary<string, DataField?> _described = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labelOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<BoundField, List<SdtRun>> _markdownControls = [];
    private readonly Dictionary<SdtRun, BoundField?> _unbound = new(ReferenceEqualityComparer.Instance);
    private int _controlId;

    /// <summary>Starts binding a paper made from <paramref name="source"/>, written in <paramref name="culture"/>.</summary>
    public FieldBinder(PaperData source, string culture)
    {
        _source = source;
        _culture = culture;
        DataXml = SnapshotOf(source.Data);
        StoreItemId = ItemIdOf(source, DataXml);
    }

    /// <summary>The data as the part's <c>data</c> element holds it.</summary>
    public string DataXml { get; }

    /// <summary>The part's id in the document's data store, derived from the data so the same input gives the same file.</summary>
    public string StoreItemId { get; }

    /// <summary>The pack and its version.</summary>
    public PaperData Source => _source;

    /// <summary>The fields in the order the part lists them.</summary>
    public IReadOnlyList<BoundField> Fields => _fields;

    /// <summary>
    /// For each control in the body that is not bound, in reading order, its field's position (0
    /// for a locked one). LibreOffice writes rich-text controls back without their tag or title,
    /// and one value may be shown in two forms under one tag; this order still tells which is
    /// which, as long as no control was deleted or copied.
    /// </summary>
    public IReadOnlyList<int> UnboundOrder { get; private set; } = [];

    /// <summary>The same for the headers and footers, read in the order the sections name them.</summary>
    public IReadOnlyList<int> FurnitureOrder { get; private set; } = [];

    /// <summary>The data path whose control is being written, or null outside any.</summary>
    public string? Enclosing { get; private set; }

    /// <summary>Runs <paramref name="render"/> as the content of a control for <paramref name="origin"/>, where the same value gets no control of its own.</summary>
    public List<OpenXmlElement> Within(Origin origin, Func<IEnumerable<OpenXmlElement>> render)
    {
        var saved = Enclosing;
        Enclosing = origin.Path;
        try
        {
            return render().ToList();
        }
        finally
        {
            Enclosing = saved;
        }
    }

    /// <summary>The origin an inline's control is for, or null when it needs none (no data, or inside its value's control already).</summary>
    public Origin? ControlOf(Inline inline)
    {
        if (inline.Origin is not { } origin || origin.Path == Enclosing || origin.Path.Length == 0)
        {
            return null;
        }

        // A link's or a shaded label's own origin is not its text: the text inside gets the control.
        return origin.Display.Kind == ValueDisplayKind.Markdown || inline is Model.Text or Code ? origin : null;
    }

    /// <summary>True when two inlines' origins belong in one control.</summary>
    public static bool SameControl(Origin? a, Origin? b) => a is not null && b is not null && a.Path == b.Path && a.Display == b.Display;

    /// <summary>Wraps the rendered <paramref name="content"/> of <paramref name="inlines"/> in the control their value calls for.</summary>
    public SdtRun InlineControl(Origin origin, IReadOnlyList<Inline> inlines, List<OpenXmlElement> content, WordRenderContext context)
    {
        var printed = InlineText.Of(inlines);
        var field = Describe(origin.Path);
        var label = LabelOf(origin.Path, field);
        var properties = new SdtProperties(new SdtAlias { Val = label }, new Tag { Val = origin.Path }, new SdtId { Val = NextId() });
        if (origin.Display.Kind == ValueDisplayKind.Markdown)
        {
            // One control per paragraph, around its text: LibreOffice drops the formatting of the
            // first paragraph of a block-level control, and the paragraph's style says what it is.
            var markdown = Field(origin.Path, label, FieldForm.Markdown, "");
            properties.Append(new SdtContentRichText());
            var control = new SdtRun(properties, new SdtContentRun(content));
            if (!_markdownControls.TryGetValue(markdown, out var controls))
            {
                controls = [];
                _markdownControls.Add(markdown, controls);
            }

            controls.Add(control);
            _unbound.Add(control, markdown);
            return control;
        }

        var form = inlines.All(i => i is Model.Text) && field?.Value is { } value ? FormOf(origin.Display, field, value, printed) : null;
        switch (form)
        {
            case FieldForm.Choice:
                var choices = ChoicesOf(origin.Display, field!, printed);
                var choice = Field(origin.Path, label, FieldForm.Choice, field!.Value!.Text);
                properties.Append(Binding(choice));
                var list = new SdtContentDropDownList { LastValue = field.Value.Text };
                list.Append(choices.Select(c => new ListItem { DisplayText = c.Label, Value = c.Value }));
                properties.Append(list);
                break;
            case FieldForm.Date:
                var date = IsoDate.TryParse(field!.Value!.Text, out var day) ? day : throw new InvalidOperationException($"a date field holds \"{field.Value.Text}\", which is no date");
                var dateField = Field(origin.Path, label, FieldForm.Date, field.Value.Text, origin.Display.DatePattern, _culture);
                properties.Append(Binding(dateField));
                properties.Append(new SdtContentDate(
                    new DateFormat { Val = DatePictures.FromDotNet(origin.Display.DatePattern!) },
                    new LanguageId { Val = _culture },
                    new SdtDateMappingType { Val = DateFormatValues.Date },
                    new Calendar { Val = CalendarValues.Gregorian })
                {
                    FullDate = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                });
                break;
            case FieldForm.Text when !IsFormatted(content):
                var text = Field(origin.Path, label, FieldForm.Text, printed);
                if (!BindableText.SurvivesLibreOffice(printed))
                {
                    properties.Append(new SdtContentText());
                    var plain = new SdtRun(properties, new SdtContentRun(content));
                    _unbound.Add(plain, text);
                    return plain;
                }

                properties.Append(Binding(text));
                properties.Append(new SdtContentText());
                break;
            case FieldForm.Text:
                // LibreOffice drops the formatting of a plain-text control's runs (bold, a language),
                // which would change the page; formatted text is a rich-text control, read back as text.
                var formatted = new SdtRun(new SdtProperties(properties.ChildElements.Select(c => c.CloneNode(true)).Append(new SdtContentRichText())), new SdtContentRun(content));
                _unbound.Add(formatted, Field(origin.Path, label, FieldForm.Text, printed));
                return formatted;
            default:
                // Worked out from the value: it shows where the value is used, but an edit could not be read back.
                properties.InsertAfter(new Lock { Val = LockingValues.ContentLocked }, properties.GetFirstChild<SdtId>());
                properties.Append(new SdtContentRichText());
                var locked = new SdtRun(properties, new SdtContentRun(content));
                _unbound.Add(locked, null);
                return locked;
        }

        return new SdtRun(properties, new SdtContentRun(content));
    }

    /// <summary>True when a run of <paramref name="content"/> has formatting of its own.</summary>
    private static bool IsFormatted(IEnumerable<OpenXmlElement> content) =>
        content.Any(e => e is not Run { RunProperties: null or { HasChildren: false } });

    /// <summary>The banner's marking as a plain-text control for the classification, when it came from one data value; bound to it unless LibreOffice could not save it bound.</summary>
    public SdtRun? BannerControl(Origin origin, string classification, Run run)
    {
        var field = Describe(origin.Path);
        if (field?.Value is null || origin.Display.Kind != ValueDisplayKind.AsWritten)
        {
            return null;
        }

        var label = LabelOf(origin.Path, field);

        // The field holds the marking as printed, in capitals, which every reader shows alike; the
        // run is set in capitals too, so an edit in Word reads as a marking however it is typed.
        var marking = Field(origin.Path, label, FieldForm.Text, classification.ToUpperInvariant());
        var properties = new SdtProperties(new SdtAlias { Val = label }, new Tag { Val = origin.Path }, new SdtId { Val = NextId() });
        var bound = BindableText.SurvivesLibreOffice(marking.Value);
        if (bound)
        {
            properties.Append(Binding(marking));
        }

        properties.Append(new SdtContentText());
        if (run.RunProperties is { } format)
        {
            properties.PrependChild((OpenXmlElement)format.CloneNode(true));
        }

        var control = new SdtRun(properties, new SdtContentRun(run));
        if (!bound)
        {
            _unbound.Add(control, marking);
        }

        return control;
    }

    /// <summary>Reads each Markdown field as its controls stand in the finished document, and notes the order of the unbound controls of <paramref name="body"/> and of the furniture.</summary>
    public void Finish(WordRenderContext context, OpenXmlElement body)
    {
        UnboundOrder = OrderIn([body]);
        FurnitureOrder = OrderIn(FurnitureStories.Of(context.Main, body));
        var sources = new MarkdownSources(context.HyperlinkTarget, context.Footnotes.Content, context.HyperlinkTarget, StyleNames.Ours, ListNumbering.Of(context.Numbering));
        foreach (var (field, controls) in _markdownControls)
        {
            field.Value = WordMarkdown.Controls(controls, sources);
        }
    }

    /// <summary>The field positions of the unbound controls of <paramref name="stories"/>, in reading order; 0 for a locked one.</summary>
    private List<int> OrderIn(IEnumerable<OpenXmlElement> stories) =>
        stories.SelectMany(story => story.Descendants<SdtRun>()).Where(_unbound.ContainsKey).Select(c => _unbound[c]?.Position ?? 0).ToList();

    private static FieldForm? FormOf(ValueDisplay display, DataField field, DataScalar value, string printed)
    {
        switch (display.Kind)
        {
            case ValueDisplayKind.Label:
                return display.Choices.Count > 0 && display.Choices.All(c => c.Value.Length > 0 && c.Label.Length > 0) && display.Choices.Any(c => c.Value == value.Text) ? FieldForm.Choice : null;
            case ValueDisplayKind.Date:
                return display.DatePattern is { } pattern && DatePictures.FromDotNet(pattern) is not null
                    && IsoDate.TryParse(value.Text, out _) ? FieldForm.Date : null;
            case ValueDisplayKind.AsWritten:
                break;
            default:
                return null;
        }

        if (field.AllowedValues is { Count: > 0 } allowed && printed == value.Text && allowed.Contains(value.Text) && allowed.All(a => a.Length > 0))
        {
            return FieldForm.Choice;
        }

        // A value shown as written, up to the paper's typesetting; a number the paper formatted is not.
        return value.Kind == ScalarKind.String || printed == value.Text ? FieldForm.Text : null;
    }

    private static IReadOnlyList<ValueLabel> ChoicesOf(ValueDisplay display, DataField field, string printed)
    {
        var choices = display.Kind == ValueDisplayKind.Label
            ? display.Choices
            : field.AllowedValues!.Select(v => new ValueLabel(v, v)).ToList();

        // The current item shows exactly what the paper shows, typographic punctuation and all.
        return choices.Select(c => c.Value == field.Value!.Text ? c with { Label = printed } : c).ToList();
    }

    private BoundField Field(string path, string label, FieldForm form, string value, string? pattern = null, string? culture = null)
    {
        var key = (path, form, form == FieldForm.Markdown ? "" : value);
        if (!_byKey.TryGetValue(key, out var field))
        {
            field = new BoundField(_fields.Count + 1, path, label, form, value) { DatePattern = pattern, Culture = culture };
            _fields.Add(field);
            _byKey.Add(key, field);
        }

        return field;
    }

    private DataBinding Binding(BoundField field) => new()
    {
        PrefixMappings = PaperPart.PrefixMappings,
        XPath = PaperPart.FieldXPath(field.Position),
        StoreItemId = StoreItemId,
    };

    private DataField? Describe(string path)
    {
        if (!_described.TryGetValue(path, out var field))
        {
            field = DataPath.TryParse(path, out var parsed) ? _source.Describe(parsed) : null;
            _described.Add(path, field);
        }

        return field;
    }

    /// <summary>The field's label, made unique: two paths that would read alike get their paths added.</summary>
    private string LabelOf(string path, DataField? field)
    {
        if (_labels.TryGetValue(path, out var known))
        {
            return known;
        }

        var label = field?.Label ?? path;
        if (_labelOwners.TryGetValue(label, out var owner) && owner != path)
        {
            label = $"{label} ({path})";
        }

        _labelOwners.TryAdd(label, path);
        _labels.Add(path, label);
        return label;
    }

    private int NextId() => ++_controlId;

    private static string SnapshotOf(DataNode data)
    {
        var sb = new StringBuilder();
        using (var writer = XmlWriter.Create(sb, PartXmlSettings.Fragment))
        {
            DataTreeXml.Write(writer, data);
        }

        return sb.ToString();
    }

    /// <summary>A GUID made from a hash of the pack and the data: the same paper always gets the same one.</summary>
    private static string ItemIdOf(PaperData source, string dataXml)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(source.Pack + "\n" + source.Version + "\n" + dataXml));
        return new Guid(hash.AsSpan(0, 16)).ToString("B").ToUpperInvariant();
    }
}
