using System.Collections.Concurrent;
using System.Globalization;
using BriefingGen.Brands;
using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Extensions;
using BriefingGen.IO;
using BriefingGen.Styling;

namespace BriefingGen.Packs;

/// <summary>
/// A folder that defines one kind of paper, loaded once and then shared by every render:
/// <c>template.yaml</c> (the manifest), Scriban templates parsed once, <c>schema.json</c>, the
/// theme resolved into a <see cref="StyleSheet"/>, labels per language read once, the components
/// its templates use, and optionally a <c>reference.docx</c> and a <c>fonts/</c> folder. Every
/// file it names must lie inside the pack.
/// </summary>
public sealed class TemplatePack
{
    /// <summary>The manifest's file name, which marks a folder as a pack.</summary>
    public const string ManifestFileName = "template.yaml";

    private readonly ConcurrentDictionary<string, (PackLabels Labels, IReadOnlyList<Diagnostic> Diagnostics)> _labels = new(StringComparer.OrdinalIgnoreCase);

    private TemplatePack(string directory, PackManifest manifest, string mainTemplatePath, SchemaNode schema, Theme theme, ExtensionSet extensions, BrandKit? brand)
    {
        Brand = brand;
        Directory = directory;
        Manifest = manifest;
        MainTemplatePath = mainTemplatePath;
        Schema = schema;
        Theme = theme;
        Extensions = extensions;
        StyleSheet = StyleSheetBuilder.Build(theme, extensions.Roles);
        ReferenceDocPath = brand?.ReferenceDocPath ?? (ContainedPath.Resolve(directory, manifest.ReferenceDoc) is { } reference && File.Exists(reference) ? reference : null);
        FontsDirectory = ContainedPath.Resolve(directory, "fonts") is { } fonts && System.IO.Directory.Exists(fonts) ? fonts : null;
        FontFolders = [.. brand?.FontsDirectory is { } brandFonts ? [brandFonts] : Array.Empty<string>(), .. FontsDirectory is { } packFonts ? [packFonts] : Array.Empty<string>()];
    }

    /// <summary>The pack's folder, absolute, with links resolved.</summary>
    public string Directory { get; }

    /// <summary>What <c>template.yaml</c> says.</summary>
    public PackManifest Manifest { get; }

    /// <summary>The pack's name.</summary>
    public string Name => Manifest.Name;

    /// <summary>What the pack makes, in one line.</summary>
    public string Description => Manifest.Description;

    /// <summary>The path of the main template.</summary>
    public string MainTemplatePath { get; }

    /// <summary>The theme as the pack wrote it.</summary>
    public Theme Theme { get; }

    /// <summary>The looks both renderers use, resolved from the theme and the components' roles.</summary>
    public StyleSheet StyleSheet { get; }

    /// <summary>The components the pack uses.</summary>
    public ExtensionSet Extensions { get; }

    /// <summary>
    /// The brand kit the papers wear: the one the caller chose, else the pack's own
    /// <c>brand:</c>, else null. Its theme is already merged into <see cref="Theme"/>.
    /// </summary>
    public BrandKit? Brand { get; }

    /// <summary>The Word style source: the brand kit's reference.docx, else the pack's, else null.</summary>
    public string? ReferenceDocPath { get; }

    /// <summary>The pack's own fonts folder, or null.</summary>
    public string? FontsDirectory { get; }

    /// <summary>The folders searched for fonts before the system's: the brand kit's fonts/, then the pack's.</summary>
    public IReadOnlyList<string> FontFolders { get; }

    /// <summary>The language used when the data names none.</summary>
    public string DefaultLanguage => Manifest.DefaultLanguage;

    /// <summary>The data's schema.</summary>
    internal SchemaNode Schema { get; }

    /// <summary>The pack's templates, parsed once.</summary>
    internal PackTemplates Templates { get; } = new();

    /// <summary>The functions its templates can call, gathered once.</summary>
    /// <summary>The marking schemes its papers may use: the built-in ones and the pack's <c>markings/*.yaml</c>.</summary>
    public Markings.MarkingSchemeSet MarkingSchemes { get; private set; } = Markings.MarkingSchemeSet.BuiltIn;

    internal Scriban.Runtime.ScriptObject Functions { get; private set; } = new();

    /// <summary>
    /// Loads the pack in <paramref name="directory"/>, with the components it names taken from
    /// <paramref name="available"/>, wearing the brand kit in <paramref name="brandDirectory"/>
    /// (null: the pack's own <c>brand:</c>, if any); returns null and reports why when it cannot.
    /// </summary>
    public static TemplatePack? Load(string directory, IReadOnlyList<IBriefingExtension> available, DiagnosticBag diagnostics, string? brandDirectory = null, Images.ImageLimits? imageLimits = null)
    {
        var root = ContainedPath.RealPath(Path.GetFullPath(directory));
        if (root is null || !System.IO.Directory.Exists(root))
        {
            diagnostics.Error(SourceLocation.OfFile(directory), "", "the template pack's folder does not exist");
            return null;
        }

        var manifestPath = Path.Combine(root, ManifestFileName);
        var errorsBefore = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var manifest = ManifestReader.Read(manifestPath, diagnostics);
        if (manifest is null)
        {
            return null;
        }

        var main = PackFile(root, manifest.Main, "main", manifest.LocationOf("main", manifestPath), diagnostics, required: true);
        var schemaPath = PackFile(root, manifest.Schema, "schema", manifest.LocationOf("schema", manifestPath), diagnostics, required: false);
        var themePath = PackFile(root, manifest.Theme, "theme", manifest.LocationOf("theme", manifestPath), diagnostics, required: false);
        PackFile(root, manifest.ReferenceDoc, "reference_doc", manifest.LocationOf("reference_doc", manifestPath), diagnostics, required: false);
        var brand = ChooseBrand(root, manifest, manifestPath, brandDirectory, imageLimits ?? Images.ImageLimits.Default, diagnostics);
        var theme = themePath is null && brand?.ThemePath is null ? Theme.Default : ThemeLoader.Load(themePath, brand?.ThemePath, diagnostics);
        var schema = schemaPath is null ? SchemaNode.Any : SchemaReader.Load(schemaPath, diagnostics);
        var extensions = Components(manifest, available, manifestPath, diagnostics);
        var markingSchemes = Markings.MarkingSchemeSet.ForPack(root, diagnostics);
        if (manifest.MarkingScheme is { } defaultScheme && markingSchemes.Find(defaultScheme) is null)
        {
            diagnostics.Error(manifest.LocationOf("marking_scheme", manifestPath), "marking_scheme", $"unknown marking scheme \"{defaultScheme}\"; expected one of: {string.Join(", ", markingSchemes.Ids)}");
        }

        ThemeLoader.CheckScales(theme, extensions?.ShadeScales ?? [], themePath ?? manifestPath, diagnostics);
        if (main is null || schema is null || extensions is null || diagnostics.Items.Count(d => d.Severity == Severity.Error) > errorsBefore)
        {
            return null;
        }

        var pack = new TemplatePack(root, manifest, main, schema, theme, extensions, brand) { MarkingSchemes = markingSchemes };
        try
        {
            pack.Functions = Compose.FunctionLibrary.Build(extensions);
        }
        catch (InvalidOperationException e)
        {
            diagnostics.Error(manifest.LocationOf("components", manifestPath), "components", e.Message);
            return null;
        }

        if (pack.Templates.File(main, out var error) is not { } template)
        {
            diagnostics.Error(SourceLocation.OfFile(main), "", error);
            return null;
        }

        foreach (var message in template.Messages.Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error))
        {
            diagnostics.Error(new SourceLocation(message.Span.FileName ?? main, message.Span.Start.Line + 1, message.Span.Start.Column + 1), "", message.Message);
        }

        return template.HasErrors ? null : pack;
    }

    /// <summary>
    /// The labels for <paramref name="culture"/>: <c>i18n/nb-NO.yaml</c>, then <c>i18n/nb.yaml</c>,
    /// then English (<see cref="PackLabels.EnglishInstead"/>), so a paper always has its section names. Read once per language.
    /// </summary>
    internal (PackLabels Labels, IReadOnlyList<Diagnostic> Diagnostics) LabelsFor(CultureInfo culture) =>
        _labels.GetOrAdd(culture.Name, _ => ReadLabels(culture));

    private (PackLabels, IReadOnlyList<Diagnostic>) ReadLabels(CultureInfo culture)
    {
        var diagnostics = new DiagnosticBag();
        var language = culture.Name;
        var neutral = culture.TwoLetterISOLanguageName;
        foreach (var name in new[] { language, neutral, "en" }.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var path = ContainedPath.Resolve(Directory, Path.Combine("i18n", name + ".yaml"));
            if (path is null || !File.Exists(path))
            {
                continue;
            }

            var read = DataLoader.LoadSettings(path, 1024 * 1024);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Root is not DataMap map)
            {
                if (read.Succeeded)
                {
                    diagnostics.Error(read.Root!.Location, "", "labels must be a map of names to texts");
                }

                return (PackLabels.Empty, diagnostics.Items);
            }

            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var entry in map.Entries)
            {
                if (entry.Value is DataScalar { Kind: not ScalarKind.Null } scalar)
                {
                    texts[entry.Key] = TextCleaner.Clean(scalar.Text, out _);
                }
                else
                {
                    diagnostics.Error(entry.Value.Location, entry.Key, $"a label must be text, got {entry.Value.Describe()}");
                }
            }

            if (texts.TryGetValue("long_date_format", out var pattern) && DatePatternProblem(pattern) is { } problem)
            {
                diagnostics.Error(map["long_date_format"]!.Location, "long_date_format", problem);
            }

            var english = name == "en" && !language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            return (new PackLabels(texts) { EnglishInstead = english ? path : null }, diagnostics.Items);
        }

        return (PackLabels.Empty, diagnostics.Items);
    }

    /// <summary>
    /// The file <paramref name="name"/> that the manifest's setting <paramref name="key"/> names,
    /// resolved inside the pack; null (with an error at <paramref name="at"/>, the setting, if
    /// required or escaping) when unusable.
    /// </summary>
    private static string? PackFile(string root, string name, string key, SourceLocation at, DiagnosticBag diagnostics, bool required)
    {
        var path = ContainedPath.Resolve(root, name);
        if (path is null)
        {
            diagnostics.Error(at, key, $"'{name}' leads outside the template pack; every file a pack uses must be inside its folder");
            return null;
        }

        if (File.Exists(path))
        {
            return path;
        }

        if (required)
        {
            diagnostics.Error(at, key, $"the file '{name}' does not exist in the pack");
        }

        return null;
    }

    /// <summary>
    /// Why <paramref name="pattern"/> cannot write a date in full, or null when it can: it must be a
    /// .NET date pattern (an unclosed quote or a lone % is not) that names the year.
    /// </summary>
    private static string? DatePatternProblem(string pattern)
    {
        try
        {
            // The invariant culture's Gregorian calendar holds every date, so only the pattern can fail.
            _ = new DateOnly(2026, 10, 5).ToString(pattern, CultureInfo.InvariantCulture);
            return System.Text.RegularExpressions.Regex.Replace(pattern, @"'[^']*'|""[^""]*""|\\.", "").Contains('y', StringComparison.Ordinal)
                ? null
                : $"\"{pattern}\" writes no year; expected a date pattern such as \"d MMMM yyyy\"";
        }
        catch (FormatException)
        {
            return $"\"{pattern}\" is not a date pattern; expected one such as \"d MMMM yyyy\" (d day, MMMM month name, yyyy year, text in single quotes)";
        }
    }

    /// <summary>The brand kit chosen by the caller, else the one the manifest names inside the pack; null for none or after an error.</summary>
    private static BrandKit? ChooseBrand(string root, PackManifest manifest, string manifestPath, string? chosen, Images.ImageLimits limits, DiagnosticBag diagnostics)
    {
        if (chosen is not null)
        {
            return BrandKitLoader.Load(chosen, SourceLocation.OfFile(chosen), limits, diagnostics);
        }

        if (manifest.Brand is not { } own)
        {
            return null;
        }

        var at = manifest.LocationOf("brand", manifestPath);
        if (ContainedPath.Resolve(root, own) is not { } folder)
        {
            diagnostics.Error(at, "brand", $"'{own}' leads outside the template pack; a pack's own brand kit must be inside its folder (choose another with --brand)");
            return null;
        }

        return BrandKitLoader.Load(folder, at, limits, diagnostics);
    }

    private static ExtensionSet? Components(PackManifest manifest, IReadOnlyList<IBriefingExtension> available, string manifestPath, DiagnosticBag diagnostics)
    {
        var chosen = new List<IBriefingExtension>();
        for (var i = 0; i < manifest.Components.Count; i++)
        {
            var name = manifest.Components[i];
            var extension = available.FirstOrDefault(e => e.Name == name);
            if (extension is null)
            {
                var known = available.Select(e => e.Name).ToList();
                var hint = known.Count == 0 ? "no components are installed" : $"installed: {string.Join(", ", known)}";
                diagnostics.Error(manifest.LocationOf($"components[{i}]", manifestPath), $"components[{i}]", $"unknown component '{name}'; {hint}");
                return null;
            }

            chosen.Add(extension);
        }

        return new ExtensionSet(chosen);
    }
}
