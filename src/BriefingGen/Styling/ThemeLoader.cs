using System.Text.RegularExpressions;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Packs;

namespace BriefingGen.Styling;

/// <summary>
/// Reads a pack's <c>theme.yaml</c> over <see cref="Theme.Default"/>: whatever the file leaves out
/// keeps its default, and named shades and callouts are added to the defaults. Every value is
/// checked where it is written — sizes and margins in range and finite, margins that leave room on
/// the page, colours as six hex digits, text that stays readable on its background — so a broken
/// theme is a message at its line and column, never a broken file.
/// </summary>
public static partial class ThemeLoader
{
    /// <summary>Text on a fill must reach this contrast ratio (WCAG 2.1 AA for normal text).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Loads the theme at <paramref name="path"/>; errors go to <paramref name="diagnostics"/>.</summary>
    public static Theme Load(string path, DiagnosticBag diagnostics) => Load(path, null, diagnostics);

    /// <summary>
    /// Loads the pack's theme at <paramref name="path"/> (null: none) with a brand kit's theme at
    /// <paramref name="overlayPath"/> merged over it key by key (see <see cref="ThemeMerge"/>);
    /// every message names the file that wrote the value.
    /// </summary>
    public static Theme Load(string? path, string? overlayPath, DiagnosticBag diagnostics)
    {
        DataMap? under = null, over = null;
        var failed = false;
        if (path is not null)
        {
            under = ReadMap(path, diagnostics, out failed);
        }

        if (overlayPath is not null && !failed)
        {
            over = ReadMap(overlayPath, diagnostics, out failed);
        }

        var merged = under is not null && over is not null ? ThemeMerge.Merge(under, over) : under ?? over;
        return failed || merged is null ? Theme.Default : Load(merged, diagnostics);
    }

    /// <summary>A theme file's map; null for an empty file, and <paramref name="failed"/> after an error.</summary>
    private static DataMap? ReadMap(string path, DiagnosticBag diagnostics, out bool failed)
    {
        failed = true;
        var read = DataLoader.LoadSettings(path, 1024 * 1024);
        diagnostics.AddRange(read.Diagnostics);
        if (!read.Succeeded)
        {
            return null;
        }

        if (read.Root is DataScalar { Kind: ScalarKind.Null })
        {
            failed = false;
            return null;
        }

        if (read.Root is not DataMap map)
        {
            diagnostics.Error(read.Root!.Location, "", $"theme: expected a map of settings, got {read.Root.Describe()}");
            return null;
        }

        failed = false;
        return map;
    }

    private static Theme Load(DataMap map, DiagnosticBag diagnostics)
    {
        var theme = Read(new SettingsReader(map, "", diagnostics), diagnostics);
        CheckRoom(theme, map, diagnostics);
        CheckContrast(theme, map, diagnostics);
        return theme;
    }

    private static Theme Read(SettingsReader file, DiagnosticBag diagnostics)
    {
        file.RejectUnknown("page", "fonts", "body_size", "line_spacing", "paragraph_spacing", "heading_sizes", "number_headings", "title_size", "colors", "shades", "callouts", "styles");
        var d = Theme.Default;
        return d with
        {
            Page = file.Section("page") is { } page ? Page(page, d.Page) : d.Page,
            Fonts = file.Section("fonts") is { } fonts ? Fonts(fonts, d.Fonts) : d.Fonts,
            BodySize = file.Number("body_size", 6, 24) ?? d.BodySize,
            LineSpacing = file.Number("line_spacing", 0.8, 3) ?? d.LineSpacing,
            ParagraphSpacing = file.Number("paragraph_spacing", 0, 72) ?? d.ParagraphSpacing,
            HeadingSizes = HeadingSizes(file) ?? d.HeadingSizes,
            NumberHeadings = file.Bool("number_headings") ?? d.NumberHeadings,
            TitleSize = file.Number("title_size", 8, 72) ?? d.TitleSize,
            Colors = file.Section("colors") is { } colors ? Colors(colors, d.Colors) : d.Colors,
            Shades = Overlay(d.Shades, file.Section("shades")),
            Callouts = Overlay(d.Callouts, file.Section("callouts")),
            Styles = file.Section("styles") is { } styles ? Styles(styles, diagnostics) : d.Styles,
        };
    }

    private static PageSetup Page(SettingsReader page, PageSetup d)
    {
        page.RejectUnknown("size", "orientation", "margin_top", "margin_bottom", "margin_left", "margin_right", "header_distance");
        var size = page.Text("size");
        if (size is not null && size is not ("A4" or "Letter"))
        {
            page.Error(page.Value("size")!, "size", $"expected A4 or Letter, got \"{size}\"");
            size = null;
        }

        var orientation = page.Text("orientation");
        if (orientation is not null && orientation is not ("portrait" or "landscape"))
        {
            page.Error(page.Value("orientation")!, "orientation", $"expected portrait or landscape, got \"{orientation}\"");
            orientation = null;
        }

        return new PageSetup
        {
            Size = size ?? d.Size,
            Orientation = orientation ?? d.Orientation,
            MarginTop = page.Number("margin_top", 5, 100) ?? d.MarginTop,
            MarginBottom = page.Number("margin_bottom", 5, 100) ?? d.MarginBottom,
            MarginLeft = page.Number("margin_left", 5, 100) ?? d.MarginLeft,
            MarginRight = page.Number("margin_right", 5, 100) ?? d.MarginRight,
            HeaderDistance = page.Number("header_distance", 0, 50) ?? d.HeaderDistance,
        };
    }

    private static FontSet Fonts(SettingsReader fonts, FontSet d)
    {
        fonts.RejectUnknown("body", "heading", "mono");
        return new FontSet
        {
            Body = fonts.TextList("body") ?? d.Body,
            Heading = fonts.TextList("heading") ?? d.Heading,
            Mono = fonts.TextList("mono") ?? d.Mono,
        };
    }

    private static List<double>? HeadingSizes(SettingsReader file)
    {
        if (file.Value("heading_sizes") is not { } node)
        {
            return null;
        }

        if (node is not DataList { Items.Count: > 0 } list)
        {
            file.Error(node, "heading_sizes", $"expected a list of sizes in points such as [15, 12.5, 11], got {node.Describe()}");
            return null;
        }

        var sizes = new List<double>();
        foreach (var item in list.Items)
        {
            if (item is DataScalar s && s.TryGetNumber(out var v) && double.IsFinite(v) && v is >= 6 and <= 48)
            {
                sizes.Add(v);
            }
            else
            {
                file.Error(item, "heading_sizes", $"each heading size must be a number from 6 to 48, got {item.Describe()}");
                return null;
            }
        }

        return sizes;
    }

    private static ColorSet Colors(SettingsReader colors, ColorSet d)
    {
        colors.RejectUnknown("text", "heading", "accent", "muted", "link", "table_header_fill", "table_header_text", "table_border", "banner_fill", "banner_text", "watermark", "chart");
        return new ColorSet
        {
            Text = Color(colors, "text") ?? d.Text,
            Heading = Color(colors, "heading") ?? d.Heading,
            Accent = Color(colors, "accent") ?? d.Accent,
            Muted = Color(colors, "muted") ?? d.Muted,
            Link = Color(colors, "link") ?? d.Link,
            TableHeaderFill = Color(colors, "table_header_fill") ?? d.TableHeaderFill,
            TableHeaderText = Color(colors, "table_header_text") ?? d.TableHeaderText,
            TableBorder = Color(colors, "table_border") ?? d.TableBorder,
            BannerFill = Color(colors, "banner_fill") ?? d.BannerFill,
            BannerText = Color(colors, "banner_text") ?? d.BannerText,
            Watermark = Color(colors, "watermark") ?? d.Watermark,
            Chart = ChartColors(colors),
        };
    }

    private static Dictionary<string, Shade> Overlay(IReadOnlyDictionary<string, Shade> defaults, SettingsReader? overrides)
    {
        var result = new Dictionary<string, Shade>(defaults, StringComparer.Ordinal);
        foreach (var entry in overrides?.Map.Entries ?? [])
        {
            var shade = overrides!.Section(entry.Key);
            if (shade is null)
            {
                continue;
            }

            shade.RejectUnknown("fill", "text", "border");
            var fill = Color(shade, "fill");
            var text = Color(shade, "text");
            if (fill is null || text is null)
            {
                if (shade.Value("fill") is null || shade.Value("text") is null)
                {
                    overrides.Error(entry.Value, entry.Key, "a shade needs both fill and text colours");
                }

                continue;
            }

            result[entry.Key] = new Shade(fill, text, Color(shade, "border"));
        }

        return result;
    }

    private static Dictionary<string, StyleOverride> Styles(SettingsReader styles, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, StyleOverride>(StringComparer.Ordinal);
        foreach (var entry in styles.Map.Entries)
        {
            if (styles.Section(entry.Key) is not { } style)
            {
                continue;
            }

            style.RejectUnknown("based_on", "fonts", "size", "color", "bold", "italic", "space_before", "space_after", "line_spacing", "alignment");
            var alignment = style.Text("alignment");
            ParagraphAlignment? aligned = alignment switch
            {
                null => null,
                "left" => ParagraphAlignment.Left,
                "center" => ParagraphAlignment.Center,
                "right" => ParagraphAlignment.Right,
                "justify" => ParagraphAlignment.Justify,
                _ => null,
            };
            if (alignment is not null && aligned is null)
            {
                diagnostics.Error(style.Value("alignment")!.Location, $"styles.{entry.Key}.alignment", $"expected left, center, right or justify, got \"{alignment}\"");
            }

            result[entry.Key] = new StyleOverride
            {
                BasedOn = style.Text("based_on"),
                Fonts = style.TextList("fonts"),
                Size = style.Number("size", 4, 96),
                Color = Color(style, "color"),
                Bold = style.Bool("bold"),
                Italic = style.Bool("italic"),
                SpaceBefore = style.Number("space_before", 0, 144),
                SpaceAfter = style.Number("space_after", 0, 144),
                LineSpacing = style.Number("line_spacing", 0.8, 3),
                Alignment = aligned,
            };
        }

        return result;
    }

    /// <summary><c>colors.chart</c>: a list of hex colours that <see cref="ChartPalette"/> accepts, or null when not given or refused.</summary>
    private static IReadOnlyList<string>? ChartColors(SettingsReader colors)
    {
        var list = colors.TextList("chart");
        if (list is null)
        {
            return null;
        }

        var node = (DataList)colors.Value("chart")!;
        var bad = list.Select((text, i) => (text, i)).Where(x => !HexColor().IsMatch(x.text)).ToList();
        foreach (var (text, i) in bad)
        {
            colors.Error(node.Items[i], "chart", $"expected six hex digits such as 1F3864, got \"{text}\"");
        }

        if (bad.Count > 0)
        {
            return null;
        }

        var palette = list.Select(c => c.ToUpperInvariant()).ToList();
        var problems = ChartPalette.Problems(palette);
        foreach (var (index, message) in problems)
        {
            colors.Error(node.Items[Math.Min(index, node.Items.Count - 1)], $"chart[{index}]", message);
        }

        return problems.Count == 0 ? palette : null;
    }

    private static string? Color(SettingsReader reader, string key)
    {
        var text = reader.Text(key);
        if (text is null)
        {
            return null;
        }

        if (HexColor().IsMatch(text))
        {
            return text.ToUpperInvariant();
        }

        reader.Error(reader.Value(key)!, key, $"expected six hex digits such as 1F3864, got \"{text}\"");
        return null;
    }

    /// <summary>The margins must leave a text area a paper can be written on, and the header must sit inside the top margin.</summary>
    private static void CheckRoom(Theme theme, DataMap file, DiagnosticBag diagnostics)
    {
        // Each message stands at the widest of the values that cause it, in whichever file set it (a brand kit's, or the pack's).
        var layout = theme.Page.Layout;
        if (layout.ContentWidthMm < 60)
        {
            var wider = layout.MarginLeftMm >= layout.MarginRightMm ? ["page.margin_left", "page.margin_right"] : new[] { "page.margin_right", "page.margin_left" };
            diagnostics.Error(Where(file, [.. wider, "page"]), "page", $"the left and right margins leave {layout.ContentWidthMm:0.#} mm for text; at least 60 mm is needed");
        }

        if (layout.ContentHeightMm < 80)
        {
            var taller = layout.MarginTopMm >= layout.MarginBottomMm ? ["page.margin_top", "page.margin_bottom"] : new[] { "page.margin_bottom", "page.margin_top" };
            diagnostics.Error(Where(file, [.. taller, "page"]), "page", $"the top and bottom margins leave {layout.ContentHeightMm:0.#} mm for text; at least 80 mm is needed");
        }

        if (layout.HeaderDistanceMm >= Math.Min(layout.MarginTopMm, layout.MarginBottomMm))
        {
            diagnostics.Error(Where(file, "page.header_distance", "page"), "page.header_distance", $"the header is {layout.HeaderDistanceMm:0.#} mm from the edge, which leaves it no room inside the top and bottom margins");
        }
    }

    /// <summary>
    /// Where the first of <paramref name="paths"/> (dotted keys) that the theme sets stands, in the
    /// file that set it: a brand kit's theme merged over the pack's keeps each value's own place.
    /// Where the theme starts when it sets none of them (the values are defaults).
    /// </summary>
    private static SourceLocation Where(DataMap file, params string[] paths)
    {
        return paths.Select(path => DataPath.Find(file, path.Split('.').Aggregate(DataPath.Root, (at, key) => at.Append(key))))
            .FirstOrDefault(node => node is not null)?.Location ?? file.Location;
    }

    /// <summary>Text drawn on a fill must stay readable: WCAG 2.1 AA asks for a contrast ratio of 4.5:1.</summary>
    private static void CheckContrast(Theme theme, DataMap file, DiagnosticBag diagnostics)
    {
        var c = theme.Colors;
        var pairs = new List<(string Name, string Fill, string Text, string[] SetAt)>
        {
            ("colors.banner", c.BannerFill, c.BannerText, ["colors.banner_fill", "colors.banner_text"]),
            ("colors.table_header", c.TableHeaderFill, c.TableHeaderText, ["colors.table_header_fill", "colors.table_header_text"]),

            // Body text is printed over the watermark, so the two must contrast as text on a fill does.
            ("colors.watermark", c.Watermark, c.Text, ["colors.watermark", "colors.text"]),
        };
        pairs.AddRange(theme.Shades.Select(s => ($"shades.{s.Key}", s.Value.Fill, s.Value.Text, new[] { $"shades.{s.Key}.fill", $"shades.{s.Key}.text", $"shades.{s.Key}" })));
        pairs.AddRange(theme.Callouts.Select(s => ($"callouts.{s.Key}", s.Value.Fill, s.Value.Text, new[] { $"callouts.{s.Key}.fill", $"callouts.{s.Key}.text", $"callouts.{s.Key}" })));
        foreach (var (name, fill, text, setAt) in pairs)
        {
            var ratio = Contrast.Ratio(fill, text);
            if (ratio < MinimumContrast)
            {
                diagnostics.Warning(Where(file, setAt), name, $"text {text} on {fill} has a contrast ratio of {ratio:0.0}:1; at least {MinimumContrast}:1 keeps it readable (WCAG AA)");
            }
        }
    }

    /// <summary>How much darker, on the 0–255 grey scale, each step of a shade scale must print than the step before.</summary>
    public const double MinimumGreyStep = 20;

    /// <summary>
    /// The shades components draw as steps of a scale (the risk matrix's bands) must tell apart
    /// without colour: each prints darker in greyscale than the one before, by a visible step. A
    /// scale the theme leaves out entirely is drawn in the component's own greys; one it defines in
    /// part is a warning, since its steps would mix colours and greys.
    /// </summary>
    /// <param name="theme">The loaded theme.</param>
    /// <param name="scales">The scales of the components the pack uses.</param>
    /// <param name="themePath">Where the theme came from, for messages.</param>
    /// <param name="diagnostics">Where warnings go.</param>
    public static void CheckScales(Theme theme, IEnumerable<ShadeScale> scales, string themePath, DiagnosticBag diagnostics)
    {
        var location = SourceLocation.OfFile(themePath);
        foreach (var scale in scales)
        {
            var missing = scale.Shades.Where(name => !theme.Shades.ContainsKey(name)).ToList();
            if (missing.Count == scale.Shades.Count)
            {
                continue;
            }

            if (missing.Count > 0)
            {
                diagnostics.Warning(location, "shades", $"{scale.Name} need the shades {string.Join(", ", scale.Shades)}; the theme lacks {string.Join(", ", missing)}");
                continue;
            }

            // Each step is held against the darkest before it, so no two steps anywhere in the scale look alike.
            for (var i = 1; i < scale.Shades.Count; i++)
            {
                var darker = theme.Shades[scale.Shades[i]].Fill;
                var before = scale.Shades.Take(i).MinBy(name => Contrast.Grey(theme.Shades[name].Fill))!;
                var lighter = theme.Shades[before].Fill;
                if (Contrast.Grey(lighter) - Contrast.Grey(darker) < MinimumGreyStep)
                {
                    diagnostics.Warning(location, $"shades.{scale.Shades[i]}", $"{darker} prints as grey {Contrast.Grey(darker):0} and {before}'s {lighter} as grey {Contrast.Grey(lighter):0}: in greyscale {scale.Name} look alike. Make each step at least {MinimumGreyStep:0} darker than the ones before");
                }
            }
        }
    }

    [GeneratedRegex("^[0-9A-Fa-f]{6}$")]
    private static partial Regex HexColor();
}
