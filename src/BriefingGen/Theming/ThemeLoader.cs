using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace BriefingGen.Theming;

/// <summary>
/// Reads a pack's <c>theme.yaml</c> over <see cref="Theme.Default"/>: whatever the file leaves out
/// keeps its default, and named shades and callouts are added to (not replace) the default ones.
/// </summary>
public static partial class ThemeLoader
{
    private static readonly IDeserializer Deserializer = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .Build();

    /// <summary>Loads the theme at <paramref name="path"/>; errors go to <paramref name="diagnostics"/>.</summary>
    public static Theme Load(string path, DiagnosticBag diagnostics)
    {
        ThemeFile? file;
        try
        {
            file = Deserializer.Deserialize<ThemeFile>(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message ?? e.Message;
            diagnostics.Error(new SourceLocation(path, (int)e.Start.Line, (int)e.Start.Column), "", "theme: " + inner);
            return Theme.Default;
        }

        var theme = Merge(file ?? new ThemeFile());
        Check(theme, path, diagnostics);
        return theme;
    }

    private static Theme Merge(ThemeFile f)
    {
        var d = Theme.Default;
        return d with
        {
            Page = f.Page ?? d.Page,
            Fonts = new FontSet
            {
                Body = f.Fonts?.Body ?? d.Fonts.Body,
                Heading = f.Fonts?.Heading ?? d.Fonts.Heading,
                Mono = f.Fonts?.Mono ?? d.Fonts.Mono,
            },
            BodySize = f.BodySize ?? d.BodySize,
            LineSpacing = f.LineSpacing ?? d.LineSpacing,
            ParagraphSpacing = f.ParagraphSpacing ?? d.ParagraphSpacing,
            HeadingSizes = f.HeadingSizes ?? d.HeadingSizes,
            NumberHeadings = f.NumberHeadings ?? d.NumberHeadings,
            TitleSize = f.TitleSize ?? d.TitleSize,
            Colors = f.Colors ?? d.Colors,
            Shades = Overlay(d.Shades, f.Shades),
            Callouts = Overlay(d.Callouts, f.Callouts),
        };
    }

    private static Dictionary<string, Shade> Overlay(IReadOnlyDictionary<string, Shade> defaults, Dictionary<string, Shade>? overrides)
    {
        var result = new Dictionary<string, Shade>(defaults, StringComparer.Ordinal);
        foreach (var (name, shade) in overrides ?? [])
        {
            result[name] = shade;
        }

        return result;
    }

    private static void Check(Theme theme, string path, DiagnosticBag diagnostics)
    {
        void Error(string message) => diagnostics.Error(SourceLocation.OfFile(path), "", "theme: " + message);

        if (theme.Page.Size is not ("A4" or "Letter"))
        {
            Error($"page.size must be A4 or Letter, got \"{theme.Page.Size}\"");
        }

        if (theme.BodySize is < 6 or > 24 || theme.TitleSize is < 8 or > 72 || theme.HeadingSizes.Count == 0 || theme.HeadingSizes.Any(s => s is < 6 or > 48))
        {
            Error("font sizes must be in points: body_size 6–24, title_size 8–72, heading_sizes 6–48 each");
        }

        if (theme.Fonts.Body.Count == 0 || theme.Fonts.Heading.Count == 0 || theme.Fonts.Mono.Count == 0)
        {
            Error("fonts.body, fonts.heading and fonts.mono each need at least one family");
        }

        var colours = new[]
        {
            ("colors.text", theme.Colors.Text), ("colors.heading", theme.Colors.Heading), ("colors.accent", theme.Colors.Accent),
            ("colors.muted", theme.Colors.Muted), ("colors.link", theme.Colors.Link), ("colors.table_header_fill", theme.Colors.TableHeaderFill),
            ("colors.table_header_text", theme.Colors.TableHeaderText), ("colors.table_border", theme.Colors.TableBorder),
            ("colors.banner_fill", theme.Colors.BannerFill), ("colors.banner_text", theme.Colors.BannerText),
        }.Concat(theme.Shades.Concat(theme.Callouts).SelectMany(s => new[] { ($"{s.Key}.fill", s.Value.Fill), ($"{s.Key}.text", s.Value.Text), ($"{s.Key}.border", s.Value.Border ?? "000000") }));
        foreach (var (name, value) in colours)
        {
            if (!HexColor().IsMatch(value ?? ""))
            {
                Error($"{name} must be six hex digits such as 1F3864, got \"{value}\"");
            }
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();

    /// <summary>The file's shape: every field optional, so the defaults show through.</summary>
    private sealed class ThemeFile
    {
        public PageSetup? Page { get; set; }

        public FontFile? Fonts { get; set; }

        public double? BodySize { get; set; }

        public double? LineSpacing { get; set; }

        public double? ParagraphSpacing { get; set; }

        public List<double>? HeadingSizes { get; set; }

        public bool? NumberHeadings { get; set; }

        public double? TitleSize { get; set; }

        public ColorSet? Colors { get; set; }

        public Dictionary<string, Shade>? Shades { get; set; }

        public Dictionary<string, Shade>? Callouts { get; set; }
    }

    private sealed class FontFile
    {
        public List<string>? Body { get; set; }

        public List<string>? Heading { get; set; }

        public List<string>? Mono { get; set; }
    }
}
