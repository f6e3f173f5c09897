using System.Globalization;
using BriefingGen.Model;
using BriefingGen.Packs;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>Finds a pack's parsed template by path, or says why it cannot.</summary>
internal delegate Template? TemplateSource(string path, out string error);

/// <summary>
/// The Scriban context every pack template runs in. What a template writes with <c>{{ … }}</c>
/// does not go into the output as text: data values, labels and the nodes functions return become
/// slots (see <see cref="SlotMarks"/>), so data is literal text in the paper and keeps its origin.
/// Only the template's own text, and numbers it computes (a list item's "3."), are Markdown.
/// </summary>
internal sealed class ComposeContext : TemplateContext
{
    private readonly TemplateSource _templates;
    private HashSet<object> _labelValues;

    /// <summary>
    /// Creates a context for the template runs of one paper. Scriban's context costs some 17 KB to
    /// make, and a paper runs a dozen templates (its body, header and footer lines, properties), so
    /// one context serves them all, each run beginning with <see cref="Begin"/>.
    /// </summary>
    /// <param name="origins">Where the data's values came from.</param>
    /// <param name="templates">The pack's parsed templates by path, shared by every run.</param>
    /// <param name="builtins">Scriban's built-in functions, made once for the paper and shared by its runs.</param>
    public ComposeContext(OriginTable origins, TemplateSource templates, ScriptObject builtins)
        : base(builtins)
    {
        Culture = CultureInfo.InvariantCulture;
        Labels = PackLabels.Empty.Texts;
        _labelValues = PackLabels.Empty.Values;
        Origins = origins;
        Slots = new SlotTable();
        _templates = templates;
    }

    /// <summary>Makes the context ready for the next template run.</summary>
    /// <param name="culture">The document's culture.</param>
    /// <param name="labels">The pack's labels in the document's language.</param>
    /// <param name="mode">What the output is read as.</param>
    /// <param name="slots">Where slots go.</param>
    public void Begin(CultureInfo culture, PackLabels labels, ComposeMode mode, SlotTable slots)
    {
        Culture = culture;
        Labels = labels.Texts;
        _labelValues = labels.Values;
        Mode = mode;
        Slots = slots;
        LastPlainOrigin = null;
        while (CultureCount > 0)
        {
            PopCulture();
        }

        PushCulture(culture);
    }

    /// <summary>The document's culture.</summary>
    public CultureInfo Culture { get; private set; }

    /// <summary>Label texts by key, in the document's language.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; private set; }

    /// <summary>What the output is read as.</summary>
    public ComposeMode Mode { get; private set; }

    /// <summary>Where data values came from.</summary>
    public OriginTable Origins { get; }

    /// <summary>The slots written so far.</summary>
    public SlotTable Slots { get; private set; }

    /// <summary>True when <paramref name="value"/> is one of the pack's labels (the very string, not an equal one).</summary>
    public bool IsLabel(object value) => _labelValues.Contains(value);

    /// <summary>The origin of the last data value written in plain mode, for document properties that came from one value.</summary>
    public Origin? LastPlainOrigin { get; private set; }

    /// <inheritdoc />
    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is null)
        {
            return this;
        }

        return base.Write(span, Mode == ComposeMode.Plain ? PlainText(textAsObject) : Markup(textAsObject));
    }

    /// <summary>The most items a list may hold in a template: as many as the longest loop may run.</summary>
    public const int MaxListItems = 1_000_000;

    /// <summary>The longest text a template may build: four times the largest data file.</summary>
    public const int MaxTextLength = 32 * 1024 * 1024;

    /// <summary>
    /// Keeps every value a template works out bounded and flat. Scriban's list functions return
    /// lazy ranges that wrap the list they were given; built up in a loop they nest one inside the
    /// other until reading them overflows the stack, so each is made a plain list as soon as it is
    /// produced. A list or text grown past what any paper needs is an error at the expression
    /// that grew it, not memory exhaustion.
    /// </summary>
    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is string label && scriptNode is ScriptIndexerExpression { Target: ScriptVariable { Name: "labels" } } lookup && LabelOfValue(lookup, label) is { } choice)
        {
            return choice;
        }

        switch (value)
        {
            case ScriptRange range:
                var list = new ScriptArray();
                foreach (var item in range)
                {
                    if (list.Count >= MaxListItems)
                    {
                        throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan, $"a list of more than {MaxListItems:N0} items; no paper needs one so long (look for a loop that does not end)");
                    }

                    list.Add(item);
                }

                return list;
            case string { Length: > MaxTextLength } text:
                throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan, $"a text of {text.Length:N0} characters; a template may build texts of at most {MaxTextLength:N0}");
            case ScriptArray { Count: > MaxListItems } array:
                throw new ScriptRuntimeException(scriptNode?.Span ?? CurrentSpan, $"a list of {array.Count:N0} items; no paper needs one so long (look for a loop that does not end)");
            default:
                return value;
        }
    }

    /// <summary>
    /// A label looked up by a key made from a data value, <c>labels["status_" + area.status]</c>:
    /// the label stands for that value, so it keeps the value's origin together with the label of
    /// every value the schema allows, and an editable paper can offer them as a choice. Only a key
    /// of one piece of text and one read of the data qualifies; reading that value again has no
    /// effect, as reading data never has.
    /// </summary>
    private string? LabelOfValue(ScriptIndexerExpression lookup, string label)
    {
        var key = lookup.Index;
        while (key is ScriptNestedExpression nested)
        {
            key = nested.Expression;
        }

        if (key is not ScriptBinaryExpression { Operator: ScriptBinaryOperator.Add } sum)
        {
            return null;
        }

        var (prefix, read, suffix) = (sum.Left, sum.Right) switch
        {
            (ScriptLiteral { Value: string p }, var r) => (p, r, ""),
            (var r, ScriptLiteral { Value: string x }) => ("", r, x),
            _ => ("", null, ""),
        };
        if (read is not (ScriptMemberExpression or ScriptVariable))
        {
            return null;
        }

        var value = base.Evaluate(read, false);
        if (Origins.Find(value) is not { } origin || Origins.Allowed(value) is not { } allowed)
        {
            return null;
        }

        var choices = allowed.Select(v => new ValueLabel(v, Labels.TryGetValue(prefix + v + suffix, out var text) ? text : v)).ToList();
        var copy = new string(label.AsSpan());
        Origins.Add(copy, origin with { Display = ValueDisplay.Label(choices) });
        return copy;
    }

    /// <inheritdoc />
    public override string ObjectToString(object? value, bool nested = false) => value switch
    {
        // Numbers print in the document's culture: 1 234,5 in Norwegian, not 1,234.5. A number
        // from the data keeps the decimals it was written with (2.0 stays 2,0; 0.125 is not
        // rounded); a computed one shows up to two.
        double d => Number(d, Origins.Decimals(value)),
        float f => f.ToString("#,0.##", Culture),
        decimal m => m.ToString("#,0.##", Culture),
        Inline inline => inline.PlainText,
        IReadOnlyList<Inline> inlines => InlineText.Of(inlines),
        _ => base.ObjectToString(value, nested) ?? "",
    };

    /// <summary>The most decimals a number prints with: past fifteen a double holds no more digits.</summary>
    private const int MaxDecimals = 15;

    /// <summary>
    /// <paramref name="value"/> in the document's culture with <paramref name="decimals"/> places
    /// (up to two when null). A value that rounds to zero prints as 0, not -0; one of 10¹⁵ or more,
    /// past the digits a double holds, in scientific notation, where grouped digits would make up
    /// the ones it lost (…012,346,000) and 1e308 would run to 309 of them.
    /// </summary>
    private string Number(double value, int? decimals)
    {
        if (Math.Abs(value) >= 1e15)
        {
            return value.ToString("0.##############E+0", Culture);
        }

        var places = Math.Min(decimals ?? 2, MaxDecimals);
        if (Math.Round(value, places) == 0)
        {
            value = 0;
        }

        return value.ToString(decimals is null ? "#,0.##" : "#,0." + new string('0', places), Culture);
    }

    /// <summary>Templates are parsed once per pack; an include takes the parsed one.</summary>
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext)
    {
        var template = _templates(templatePath, out var error) ?? throw new ScriptRuntimeException(callerContext?.Span ?? CurrentSpan, error);
        if (template.HasErrors)
        {
            var first = template.Messages.First(m => m.Type == ParserMessageType.Error);
            throw new ScriptRuntimeException(first.Span, first.Message);
        }

        return template;
    }

    private string Markup(object value)
    {
        switch (value)
        {
            case MarkdownText markdown:
                return markdown.Value;
            case Block block:
                return Slots.Add(new BlockSlot(block));
            case ProseSlot prose:
                return Slots.Add(prose);
            case Inline inline:
                return Slots.Add(new InlineSlot([inline]));
            case IReadOnlyList<Inline> inlines:
                return Slots.Add(new InlineSlot(inlines));
        }

        var origin = Origins.Find(value);
        if (value is string s)
        {
            // Data was cleaned as it was read, but a function's result may not be: a web address's
            // %00 decodes to a character no document can hold.
            var folded = DataText.Fold(Data.TextCleaner.Clean(s, out _));
            if (folded.Length == 0)
            {
                return "";
            }

            // A label is the pack's own text: its placeholders become page-number fields.
            if (origin is null && _labelValues.Contains(s) && Placeholders.Any(folded))
            {
                return Slots.Add(new InlineSlot(Placeholders.Expand(folded)));
            }

            return Slots.Add(new InlineSlot([new Text(folded) { Origin = origin }]));
        }

        var text = ObjectToString(value);
        if (text.Length == 0)
        {
            return "";
        }

        // A number the template worked out (a list item's number) is part of its Markdown; a
        // value from the data, or anything in a line of furniture, stays literal text.
        return origin is null && Mode == ComposeMode.Markdown && value is long or int or double or decimal or bool
            ? MarkdownEscaper.Escape(text)
            : Slots.Add(new InlineSlot([new Text(DataText.Fold(Data.TextCleaner.Clean(text, out _))) { Origin = origin }]));
    }

    private string PlainText(object value)
    {
        LastPlainOrigin = Origins.Find(value) ?? LastPlainOrigin;
        return value switch
        {
            MarkdownText markdown => markdown.Value,
            ProseSlot prose => prose.Markdown,
            Block => "",
            _ => ObjectToString(value),
        };
    }
}
