using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Packs;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Compose;

/// <summary>
/// Stage 2: runs a pack's templates over the data. Templates see <c>data</c> (the validated data),
/// <c>labels</c> (fixed words in the document's language), <c>lang</c> (the culture name) and the
/// pack's functions. The main template makes the paper's Markdown with slots; the manifest's
/// one-line templates make the running header and footer and the document's properties. Variables
/// are strict: a misspelt name is an error at the template's line and column.
/// </summary>
internal sealed class TemplateComposer
{
    private readonly TemplatePack _pack;
    private readonly TemplateLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private readonly OriginTable _origins = new();
    private readonly ScriptObject _globals = new();

    /// <summary>The context this paper's templates run in, made on the first run.</summary>
    private ComposeContext? _context;

    private Origin? _languageOrigin;

    private TemplateComposer(TemplatePack pack, TemplateLimits limits, DiagnosticBag diagnostics)
    {
        _pack = pack;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    /// <summary>Composes the paper from <paramref name="data"/>; null when a diagnostic stops it.</summary>
    /// <param name="pack">The pack.</param>
    /// <param name="data">The validated data.</param>
    /// <param name="dataName">What to call the data in properties when the pack maps no title.</param>
    /// <param name="limits">Limits on the templates.</param>
    /// <param name="diagnostics">Where problems go.</param>
    public static ComposedPaper? Compose(TemplatePack pack, DataNode data, string dataName, TemplateLimits limits, DiagnosticBag diagnostics) =>
        new TemplateComposer(pack, limits, diagnostics).Run(data, dataName);

    private ComposedPaper? Run(DataNode data, string dataName)
    {
        _globals["data"] = new ScriptDataBuilder(_origins, _diagnostics).Build(data, _pack.Schema, Data.DataPath.Root);
        var culture = Culture(data);
        if (culture is null)
        {
            return null;
        }

        var (labels, labelDiagnostics) = _pack.LabelsFor(culture);
        _diagnostics.AddRange(labelDiagnostics);
        if (labels.EnglishInstead is { } english)
        {
            // Told where the language was chosen: the data's field, else the pack's labels file.
            _diagnostics.Warning(_languageOrigin?.Location ?? SourceLocation.OfFile(english), _languageOrigin?.Path ?? "language", $"the pack has no labels for '{culture.Name}'; section names will be in English");
        }
        var labelScope = new StrictScriptObject("labels");
        foreach (var (key, value) in labels.Texts)
        {
            labelScope[key] = value;
        }

        _globals["labels"] = labelScope;
        _globals["lang"] = culture.Name;
        _globals["brand"] = _pack.Brand is { } kit ? BrandValue(kit) : null;

        var slots = new SlotTable();
        var main = _pack.Templates.File(_pack.MainTemplatePath, out var error);
        if (main is null)
        {
            _diagnostics.Error(SourceLocation.OfFile(_pack.MainTemplatePath), "", error);
            return null;
        }

        var markdown = Render(main, ComposeMode.Markdown, culture, labels, slots, out _);
        var furniture = new PageFurniture(Line("header_left"), Line("header_right"), Line("footer_left"), Line("footer_right"));
        var metadata = Metadata(culture, labels, dataName);
        var logo = _pack.Manifest.HeaderLogo is { } setting ? HeaderLogo(setting, culture, labels) : null;
        return markdown is null || _diagnostics.HasErrors ? null : new ComposedPaper(markdown, slots, furniture, metadata, culture, labels) { HeaderLogo = logo };

        IReadOnlyList<Inline> Line(string position) =>
            _pack.Manifest.Page.TryGetValue(position, out var text)
                ? Render(_pack.Templates.Line($"{ManifestPath} (page.{position})", text), ComposeMode.Line, culture, labels, slots, out _) is { } line ? FurnitureLine.Read(line, slots) : []
                : [];
    }

    /// <summary>
    /// The brand kit as templates see it: <c>brand.name</c>, <c>brand.description</c> and
    /// <c>brand.logos.NAME</c>, each keeping its place in brand.yaml for messages. Logos are looked
    /// up leniently — a logo the kit lacks reads as null — so one pack serves kits with different
    /// sets of logos (<c>brand.logos.mark ?? brand.logos.primary</c>).
    /// </summary>
    private StrictScriptObject BrandValue(Brands.BrandKit kit)
    {
        var root = Data.DataPath.Root.Append("brand");
        object? Value(DataNode? node, Data.DataPath path, string text)
        {
            if (node is null or DataScalar { Kind: ScalarKind.Null })
            {
                return null;
            }

            var value = new string(text.AsSpan());
            _origins.Add(value, new Origin(path.ToString(), node.Location));
            return value;
        }

        var declared = new[] { "name", "description", "logos" }.ToDictionary(k => k, _ => Data.Schema.SchemaNode.Any, StringComparer.Ordinal);
        var brand = new StrictScriptObject("brand", declared)
        {
            ["name"] = Value(kit.Source["name"], root.Append("name"), kit.Name),
            ["description"] = kit.Description.Length == 0 ? null : Value(kit.Source["description"], root.Append("description"), kit.Description),
        };
        var logos = new OpenScriptObject();
        var logoNodes = kit.Source["logos"] as DataMap;
        foreach (var (name, path) in kit.Logos)
        {
            logos[name] = Value(logoNodes?[name], root.Append("logos").Append(name), path);
        }

        brand["logos"] = logos;
        return brand;
    }

    /// <summary>
    /// <c>page.header_logo</c> composed to a path (null when it comes out empty: no logo), with the
    /// origin of the value it names and its alternative text: <c>header_logo_alt</c>, else the brand's name.
    /// </summary>
    private HeaderLogoRequest? HeaderLogo(HeaderLogoSetting setting, CultureInfo culture, PackLabels labels)
    {
        var template = _pack.Templates.Line($"{ManifestPath} (page.header_logo)", setting.Source);
        var path = Render(template, ComposeMode.Plain, culture, labels, new SlotTable(), out var context)?.Trim();
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var origin = context?.LastPlainOrigin ?? new Origin("page.header_logo", SourceLocation.OfFile(ManifestPath));
        var alt = setting.Alt is { } altText
            ? Render(_pack.Templates.Line($"{ManifestPath} (page.header_logo_alt)", altText), ComposeMode.Plain, culture, labels, new SlotTable(), out _)
            : _pack.Brand?.Name;
        alt = DataText.Fold(TextCleaner.Clean(alt ?? "", out _));
        return new HeaderLogoRequest(path, origin, setting.HeightMm, setting.Side, alt.Length > 0 ? alt : "Logo");
    }

    private string ManifestPath => Path.Combine(_pack.Directory, TemplatePack.ManifestFileName);

    /// <summary>The document's culture: the pack's <c>metadata.language</c> mapping, else its default language.</summary>
    private CultureInfo? Culture(DataNode data)
    {
        var (language, origin) = Plain("language", CultureInfo.InvariantCulture, PackLabels.Empty);
        _languageOrigin = origin;
        language = language?.Trim();
        if (string.IsNullOrEmpty(language))
        {
            language = _pack.DefaultLanguage;
        }

        if (ManifestReader.IsCulture(language))
        {
            return Typography.DocumentCulture.Get(language);
        }

        var location = origin?.Location ?? data.Location;
        _diagnostics.Error(location, origin?.Path ?? "language", ManifestReader.UnknownLanguage(language));
        return null;
    }

    private DocumentMetadata Metadata(CultureInfo culture, PackLabels labels, string dataName)
    {
        var origins = new Dictionary<string, Origin>(StringComparer.Ordinal);
        if (_languageOrigin is not null)
        {
            origins["language"] = _languageOrigin;
        }

        string? Field(string name)
        {
            var (text, origin) = Plain(name, culture, labels);
            text = text is null ? null : DataText.Fold(TextCleaner.Clean(text, out _));
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (origin is not null)
            {
                origins[name] = origin;
            }

            return text;
        }

        var date = Field("date");
        DateOnly? parsed = null;
        if (date is not null)
        {
            if (IsoDate.TryParse(date, out var d))
            {
                parsed = d;
            }
            else
            {
                var at = origins.TryGetValue("date", out var o) ? o.Location : SourceLocation.OfFile(ManifestPath);
                _diagnostics.Warning(at, "date", $"the paper's date \"{date}\" is not written YYYY-MM-DD, so the file's properties carry no date");
            }
        }

        var manifest = _pack.Manifest;
        return new DocumentMetadata
        {
            Title = Field("title") ?? Path.GetFileNameWithoutExtension(dataName),
            ShortTitle = Field("short_title"),
            Subtitle = Field("subtitle"),
            Author = Field("author"),
            Organisation = Field("organisation"),
            Date = parsed,
            Language = culture.Name,
            Classification = Field("classification"),
            Watermark = Field("watermark"),
            Reference = Field("reference"),
            Subject = Field("subject") ?? Field("subtitle"),
            Keywords = Field("keywords")?.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) ?? [],
            Generator = manifest.Version.Length > 0 ? $"{manifest.Name} {manifest.Version}" : manifest.Name,
            Origins = origins,
        };
    }

    /// <summary>A metadata field's text and the origin of the data value it came from.</summary>
    private (string? Text, Origin? Origin) Plain(string field, CultureInfo culture, PackLabels labels)
    {
        if (!_pack.Manifest.Metadata.TryGetValue(field, out var text))
        {
            return (null, null);
        }

        var template = _pack.Templates.Line($"{ManifestPath} (metadata.{field})", text);
        var result = Render(template, ComposeMode.Plain, culture, labels, new SlotTable(), out var context);
        return (result, context?.LastPlainOrigin);
    }

    private ComposeContext NewContext()
    {
        var context = new ComposeContext(_origins, _pack.Templates.File, Builtins.ScribanBuiltins.Shared)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = _limits.LoopLimit,
            RecursiveLimit = _limits.RecursionLimit,
            OutputLimit = _limits.OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = 0,
            TemplateLoader = new PackTemplateLoader(_pack.Directory, _pack.Templates),
        };
        context.PushGlobal(_pack.Functions);
        context.PushGlobal(_globals);
        return context;
    }

    private string? Render(Template template, ComposeMode mode, CultureInfo culture, PackLabels labels, SlotTable slots, out ComposeContext? context)
    {
        context = null;
        if (template.HasErrors)
        {
            foreach (var message in template.Messages.Where(m => m.Type == ParserMessageType.Error))
            {
                _diagnostics.Error(At(message.Span), "", message.Message);
            }

            return null;
        }

        using var timeout = new CancellationTokenSource(_limits.Timeout);
        context = _context ??= NewContext();
        context.Begin(culture, labels, mode, slots);
        context.CancellationToken = timeout.Token;
        var finished = false;
        try
        {
            var result = template.Render(context);
            finished = true;
            return result;
        }
        catch (ScriptRuntimeException e) when (timeout.IsCancellationRequested)
        {
            _diagnostics.Error(At(e.Span), "", TimedOut);
            return null;
        }
        catch (DataValueException e)
        {
            _diagnostics.Error(e.Origin.Location, e.Origin.Path, e.OriginalMessage);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            _diagnostics.Error(At(e.Span), "", Reworded(e.OriginalMessage));
            return null;
        }
        catch (OperationCanceledException)
        {
            _diagnostics.Error(SourceLocation.OfFile(template.SourceFilePath ?? _pack.MainTemplatePath), "", TimedOut);
            return null;
        }
        finally
        {
            // A run stopped part-way leaves Scriban's stacks as they were then; the next run gets a fresh context.
            if (!finished)
            {
                _context = null;
            }
        }
    }

    private string TimedOut => $"the template ran longer than {_limits.Timeout.TotalSeconds:0} s and was stopped; look for a loop that does not end, or one that rebuilds a long list every time round";

    /// <summary>Scriban's message for a write to a read-only object, said so that a pack author knows what to change.</summary>
    private static string Reworded(string message) => message.EndsWith("The object is readonly", StringComparison.Ordinal)
        ? "Scriban's built-in objects (date, string, math, array…) and the pack's functions are read-only: a template may call them but not change them"
        : message;

    private static SourceLocation At(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
}
