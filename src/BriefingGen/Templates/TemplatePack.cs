using BriefingGen.Data;
using BriefingGen.Data.Schema;
using BriefingGen.Diagnostics;
using BriefingGen.Theming;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefingGen.Templates;

/// <summary>
/// A folder that defines one kind of paper: <c>template.yaml</c> (the manifest), Scriban templates,
/// <c>schema.json</c>, <c>theme.yaml</c>, <c>i18n/&lt;language&gt;.yaml</c> labels and optionally a
/// <c>reference.docx</c> with house styles.
/// </summary>
public sealed class TemplatePack
{
    /// <summary>The manifest's file name, which marks a folder as a pack.</summary>
    public const string ManifestFileName = "template.yaml";

    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    private TemplatePack(string directory, PackManifest manifest, Theme theme, SchemaNode schema)
    {
        Directory = directory;
        Manifest = manifest;
        Theme = theme;
        Schema = schema;
    }

    /// <summary>The pack's folder, absolute.</summary>
    public string Directory { get; }

    /// <summary>The pack's name.</summary>
    public string Name => Manifest.Name!;

    /// <summary>What the pack makes, in one line.</summary>
    public string Description => Manifest.Description ?? "";

    /// <summary>The look both renderers use.</summary>
    public Theme Theme { get; }

    /// <summary>The path of the main template.</summary>
    public string MainTemplatePath => Path.Combine(Directory, Manifest.Main);

    /// <summary>The pack's Word style source, or null when it has none.</summary>
    public string? ReferenceDocPath => File.Exists(Path.Combine(Directory, Manifest.ReferenceDoc)) ? Path.Combine(Directory, Manifest.ReferenceDoc) : null;

    /// <summary>The language used when the data names none.</summary>
    public string DefaultLanguage => Manifest.DefaultLanguage;

    internal PackManifest Manifest { get; }

    internal SchemaNode Schema { get; }

    /// <summary>Loads the pack in <paramref name="directory"/>; returns null and reports why when it cannot.</summary>
    public static TemplatePack? Load(string directory, DiagnosticBag diagnostics)
    {
        directory = Path.GetFullPath(directory);
        var manifestPath = Path.Combine(directory, ManifestFileName);
        if (!File.Exists(manifestPath))
        {
            diagnostics.Error(SourceLocation.OfFile(directory), "", $"not a template pack: it has no {ManifestFileName}");
            return null;
        }

        PackManifest? manifest;
        try
        {
            manifest = Deserializer.Deserialize<PackManifest>(File.ReadAllText(manifestPath));
        }
        catch (YamlException e)
        {
            diagnostics.Error(new SourceLocation(manifestPath, (int)e.Start.Line, (int)e.Start.Column), "", e.InnerException?.Message ?? e.Message);
            return null;
        }

        if (manifest?.Name is not { Length: > 0 })
        {
            diagnostics.Error(SourceLocation.OfFile(manifestPath), "name", "a template pack needs a name");
            return null;
        }

        if (!File.Exists(Path.Combine(directory, manifest.Main)))
        {
            diagnostics.Error(SourceLocation.OfFile(manifestPath), "main", $"the main template '{manifest.Main}' does not exist in the pack");
            return null;
        }

        var before = diagnostics.HasErrors;
        var themePath = Path.Combine(directory, manifest.Theme);
        var theme = File.Exists(themePath) ? ThemeLoader.Load(themePath, diagnostics) : Theme.Default;
        var schemaPath = Path.Combine(directory, manifest.Schema);
        var schema = File.Exists(schemaPath) ? SchemaReader.Load(schemaPath, diagnostics) : SchemaNode.Any;
        if (schema is null || diagnostics.HasErrors && !before)
        {
            return null;
        }

        return new TemplatePack(directory, manifest, theme, schema);
    }

    /// <summary>
    /// Loads the labels for <paramref name="language"/>: <c>i18n/nb-NO.yaml</c>, then <c>i18n/nb.yaml</c>,
    /// then English with a warning, so a paper always has its section names.
    /// </summary>
    internal IReadOnlyDictionary<string, string> LoadLabels(string language, SourceLocation languageLocation, DiagnosticBag diagnostics)
    {
        var neutral = language.Split('-')[0];
        var candidates = new[] { language, neutral, "en" }.Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var name in candidates)
        {
            var path = Path.Combine(Directory, "i18n", name + ".yaml");
            if (!File.Exists(path))
            {
                continue;
            }

            if (!name.Equals(language, StringComparison.OrdinalIgnoreCase) && !name.Equals(neutral, StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(languageLocation, "language", $"the pack has no labels for '{language}'; section names will be in English");
            }

            var read = DataLoader.Load(path);
            diagnostics.AddRange(read.Diagnostics);
            if (read.Root is not DataMap map)
            {
                if (read.Succeeded)
                {
                    diagnostics.Error(SourceLocation.OfFile(path), "", "labels must be a map of names to texts");
                }

                return new Dictionary<string, string>();
            }

            return map.Entries.ToDictionary(e => e.Key, e => (e.Value as DataScalar)?.Text ?? "", StringComparer.Ordinal);
        }

        return new Dictionary<string, string>();
    }
}
