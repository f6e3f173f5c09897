using System.Globalization;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Templates;

/// <summary>
/// Stage 2: runs a pack's Scriban templates over the data and returns Markdown. Templates see
/// <c>data</c> (the validated data), <c>labels</c> (section names in the document's language),
/// <c>lang</c> (the culture name) and the <see cref="BriefFunctions"/>. Variables are strict:
/// a misspelt name is an error at the template's line and column.
/// </summary>
internal static class TemplateComposer
{
    /// <summary>Composes the paper; returns null when a diagnostic stops it.</summary>
    public static ComposeResult? Compose(TemplatePack pack, DataNode data, TemplateLimits limits, DiagnosticBag diagnostics)
    {
        var (language, languageLocation) = Language(pack, data);
        CultureInfo culture;
        try
        {
            culture = CultureInfo.GetCultureInfo(language, predefinedOnly: true);
        }
        catch (CultureNotFoundException)
        {
            diagnostics.Error(languageLocation, "language", $"unknown language \"{language}\"; expected a culture name such as en-GB, nb-NO or ru-RU");
            return null;
        }

        var labels = pack.LoadLabels(culture.Name, languageLocation, diagnostics);
        var model = new ScriptDataBuilder(diagnostics).Build(data, pack.Schema, "");
        var globals = Globals(model, labels, culture);

        var markdown = Render(File.ReadAllText(pack.MainTemplatePath), pack.MainTemplatePath, pack, globals, culture, labels, escape: true, limits, diagnostics);
        if (markdown is null)
        {
            return null;
        }

        var manifestPath = Path.Combine(pack.Directory, TemplatePack.ManifestFileName);
        string Page(string key) => pack.Manifest.Page.TryGetValue(key, out var t)
            ? Render(t, $"{manifestPath} (page.{key})", pack, globals, culture, labels, escape: false, limits, diagnostics)?.Trim() ?? ""
            : "";
        var furniture = new PageFurniture(Page("header_left"), Page("header_right"), Page("footer_left"), Page("footer_right"));
        return diagnostics.HasErrors ? null : new ComposeResult(markdown, furniture, culture, labels);
    }

    private static (string Language, SourceLocation Location) Language(TemplatePack pack, DataNode data) =>
        data is DataMap map && map["language"] is DataScalar { Kind: ScalarKind.String } s
            ? (s.Text, s.Location)
            : (pack.DefaultLanguage, data.Location);

    private static ScriptObject Globals(object? model, IReadOnlyDictionary<string, string> labels, CultureInfo culture)
    {
        var labelObject = new StrictScriptObject("labels");
        foreach (var (key, value) in labels)
        {
            labelObject[key] = value;
        }

        var globals = new ScriptObject();
        globals.Import(typeof(BriefFunctions));
        globals["include"] = new MarkdownIncludeFunction();
        globals["data"] = model;
        globals["labels"] = labelObject;
        globals["lang"] = culture.Name;
        return globals;
    }

    private static string? Render(
        string text,
        string path,
        TemplatePack pack,
        ScriptObject globals,
        CultureInfo culture,
        IReadOnlyDictionary<string, string> labels,
        bool escape,
        TemplateLimits limits,
        DiagnosticBag diagnostics)
    {
        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            foreach (var message in template.Messages)
            {
                diagnostics.Error(At(message.Span), "", message.Message);
            }

            return null;
        }

        using var timeout = new CancellationTokenSource(limits.Timeout);
        var context = new BriefingTemplateContext(culture, labels, escape)
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            LoopLimit = limits.LoopLimit,
            RecursiveLimit = limits.RecursionLimit,
            OutputLimit = limits.OutputLimit,
            LimitToString = 100_000,
            TemplateLoader = new PackTemplateLoader(pack.Directory),
            CancellationToken = timeout.Token,
            MemberRenamer = StandardMemberRenamer.Default,
        };
        context.PushGlobal(globals);
        context.PushCulture(culture);
        try
        {
            return template.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Error(At(e.Span), "", e.OriginalMessage);
            return null;
        }
        catch (OperationCanceledException)
        {
            diagnostics.Error(SourceLocation.OfFile(path), "", $"the template ran longer than {limits.Timeout.TotalSeconds:0} s; look for a loop that does not end");
            return null;
        }
    }

    private static SourceLocation At(SourceSpan span) => new(span.FileName ?? "", span.Start.Line + 1, span.Start.Column + 1);
}
