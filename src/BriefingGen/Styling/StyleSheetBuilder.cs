
namespace BriefingGen.Styling;

/// <summary>
/// Resolves a <see cref="Theme"/> into a <see cref="StyleSheet"/>: every role's size, spacing,
/// colours and page-break behaviour is worked out here and nowhere else.
/// </summary>
public static class StyleSheetBuilder
{
    private const double BulletStep = 17;
    private const double BulletHanging = 14.2;
    private const double NumberStep = 19.85;

    /// <summary>The stylesheet of <paramref name="theme"/>, with the roles components add.</summary>
    public static StyleSheet Build(Theme theme, IEnumerable<RoleDefinition>? componentRoles = null)
    {
        var c = theme.Colors;
        var looks = new Dictionary<string, ParagraphLook>(StringComparer.Ordinal);
        var body = new ParagraphLook
        {
            Role = StyleRoles.Body,
            Text = new TextLook { Families = theme.Fonts.Body, Size = theme.BodySize, Color = c.Text },
            SpaceAfter = theme.ParagraphSpacing,
            LineSpacing = theme.LineSpacing,
        };
        var headingText = body.Text with { Families = theme.Fonts.Heading, Color = c.Heading };

        void Add(ParagraphLook look) => looks[look.Role] = look;
        ParagraphLook Derived(string role, string basedOn) => looks[basedOn] with { Role = role, BasedOn = basedOn, OutlineLevel = 0 };
        double HeadingSize(int level) => level <= 3 ? theme.HeadingSizes[Math.Min(level - 1, theme.HeadingSizes.Count - 1)] : theme.BodySize;

        Add(body);
        Add(Derived(StyleRoles.Title, StyleRoles.Body) with { Text = headingText with { Size = theme.TitleSize }, SpaceAfter = 4, LineSpacing = 1.0, KeepWithNext = true, KeepLines = true });
        Add(Derived(StyleRoles.Subtitle, StyleRoles.Body) with { Text = headingText with { Size = theme.BodySize + 3, Color = c.Muted }, SpaceAfter = 14, KeepWithNext = true, KeepLines = true });
        Add(Derived(StyleRoles.Meta, StyleRoles.Body) with
        {
            Text = body.Text with { Size = theme.BodySize - 1, Color = c.Muted },
            SpaceAfter = 18,
            ContextualSpacing = true,
            BottomRule = new RuleLook(1, c.Accent, 8),
        });
        Add(Derived(StyleRoles.Lead, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize + 1.5 } });
        Add(Derived(StyleRoles.Label, StyleRoles.Body) with { KeepWithNext = true, KeepLines = true });
        Add(Derived(StyleRoles.Note, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 2 }, SpaceAfter = 0, LineSpacing = 1.0 });
        Add(Derived(StyleRoles.Code, StyleRoles.Body) with { Text = body.Text with { Families = theme.Fonts.Mono, Size = theme.BodySize - 1.5 }, SpaceAfter = 0, LineSpacing = 1.0, Fill = "F2F4F7" });

        for (var level = 1; level <= 6; level++)
        {
            Add(Derived(StyleRoles.Heading(level), StyleRoles.Body) with
            {
                Text = headingText with { Size = HeadingSize(level), Bold = true, Color = level == 3 ? c.Accent : c.Heading },
                SpaceBefore = level == 1 ? 18 : level == 2 ? 12 : 10,
                SpaceAfter = level == 1 ? 6 : 4,
                LineSpacing = 1.0,
                KeepWithNext = true,
                KeepLines = true,
                BottomRule = level == 1 ? new RuleLook(0.5, c.TableBorder, 2) : null,
                OutlineLevel = level,
            });
        }

        Add(Derived(StyleRoles.ListBullet, StyleRoles.Body) with { SpaceAfter = 3 });
        Add(Derived(StyleRoles.ListNumber, StyleRoles.Body) with { SpaceAfter = 3 });
        Add(Derived(StyleRoles.ListContinue, StyleRoles.Body) with { SpaceAfter = 3, IndentLeft = BulletStep });
        Add(Derived(StyleRoles.Quote, StyleRoles.Body) with
        {
            Text = body.Text with { Italic = true, Color = c.Muted },
            IndentLeft = 22.7,
            IndentRight = 22.7,
            LeftRule = new RuleLook(2.25, c.Accent, 8),
        });
        Add(Derived(StyleRoles.Figure, StyleRoles.Body) with { SpaceBefore = 6, SpaceAfter = 3, LineSpacing = 1.0, Alignment = ParagraphAlignment.Center, KeepWithNext = true });
        Add(Derived(StyleRoles.Caption, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 1.5, Italic = true, Color = c.Muted }, SpaceBefore = 3, SpaceAfter = 10 });
        Add(Derived(StyleRoles.ExhibitTitle, StyleRoles.Body) with { Text = headingText with { Size = theme.BodySize, Bold = true }, SpaceBefore = 10, SpaceAfter = 6, LineSpacing = 1.0, KeepWithNext = true, KeepLines = true });
        Add(Derived(StyleRoles.ExhibitSource, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 2, Color = c.Muted }, SpaceBefore = 4, SpaceAfter = 12, LineSpacing = 1.0 });
        Add(Derived(StyleRoles.TableText, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 1.5 }, SpaceAfter = 0, LineSpacing = 1.0 });
        Add(Derived(StyleRoles.TableHeader, StyleRoles.TableText) with { Text = looks[StyleRoles.TableText].Text with { Bold = true, Color = c.TableHeaderText }, KeepWithNext = true });
        Add(Derived(StyleRoles.CalloutTitle, StyleRoles.Body) with { Text = headingText with { Bold = true }, SpaceBefore = 2, SpaceAfter = 4, KeepWithNext = true });
        Add(Derived(StyleRoles.CalloutText, StyleRoles.Body) with { SpaceAfter = 3 });
        Add(Derived(StyleRoles.TocHeading, StyleRoles.Heading(1)) with { SpaceAfter = 8 });
        Add(Derived(StyleRoles.Toc(1), StyleRoles.Body) with { Text = body.Text with { Bold = true }, SpaceAfter = 3 });
        Add(Derived(StyleRoles.Toc(2), StyleRoles.Body) with { SpaceAfter = 2, IndentLeft = 14.2 });
        Add(Derived(StyleRoles.Toc(3), StyleRoles.Body) with { SpaceAfter = 2, IndentLeft = 28.35 });
        Add(Derived(StyleRoles.Header, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 2, Color = c.Muted }, SpaceAfter = 0, LineSpacing = 1.0 });
        Add(Derived(StyleRoles.Footer, StyleRoles.Body) with { Text = body.Text with { Size = theme.BodySize - 2, Color = c.Muted }, SpaceAfter = 0, LineSpacing = 1.0 });
        Add(Derived(StyleRoles.Banner, StyleRoles.Body) with
        {
            Text = body.Text with { Size = theme.BodySize - 1.5, Bold = true, Color = c.BannerText, LetterSpacing = 1 },
            SpaceAfter = 0,
            LineSpacing = 1.0,
            Alignment = ParagraphAlignment.Center,
            Fill = c.BannerFill,
        });

        foreach (var role in componentRoles ?? [])
        {
            var basedOn = looks.TryGetValue(role.BasedOn, out var b) ? b : body;
            Add(role.Derive(basedOn with { Role = role.Role, BasedOn = basedOn.Role, OutlineLevel = 0 }));
        }

        // Changes to existing roles first, then the theme's own roles, each derived from the look
        // its based_on role has by then (a known role, or one of the theme's defined before it).
        foreach (var (role, change) in theme.Styles)
        {
            if (looks.TryGetValue(role, out var look))
            {
                looks[role] = change.Over(look);
            }
        }

        foreach (var (role, change) in theme.Styles.Where(s => !looks.ContainsKey(s.Key) && s.Value.BasedOn is not null))
        {
            if (looks.TryGetValue(change.BasedOn!, out var basedOn))
            {
                looks[role] = change.Over(basedOn with { Role = role, BasedOn = basedOn.Role, OutlineLevel = 0 });
            }
        }

        return new StyleSheet
        {
            Paragraphs = looks,
            Inlines = Inlines(theme),
            Bullets = Levels(ordered: false),
            Numbers = Levels(ordered: true),
            // A little over half an em of table text a side: neighbouring columns' text stands
            // more than an em apart, which text extraction (pdftotext's minimum column gap) reads
            // as a column break rather than a word space, while narrow columns keep their room.
            Table = new TableLook(c.TableHeaderFill, c.TableBorder, 0.5, Padding.Symmetric(Math.Round(looks[StyleRoles.TableText].Text.Size * 0.55, 2), 2.25), 9),
            Callouts = Callouts(theme),
            Banner = new BoxLook(c.BannerFill, c.BannerText, new Padding(4, 1.5, 4, 1.5)),
            Shades = theme.Shades,
            Page = theme.Page.Layout,
            NumberHeadings = theme.NumberHeadings,
            Colors = c,
        };
    }

    /// <summary>Callout panels by kind, with a <c>default</c> for kinds the theme does not name.</summary>
    private static Dictionary<string, BoxLook> Callouts(Theme theme)
    {
        BoxLook Box(Shade shade) => new(shade.Fill, shade.Text, new Padding(12, 6, 10, 5), new RuleLook(3, shade.Border ?? theme.Colors.Accent), 9);
        var callouts = theme.Callouts.ToDictionary(kv => kv.Key, kv => Box(kv.Value), StringComparer.Ordinal);
        callouts.TryAdd("default", Box(new Shade("EEF2F7", theme.Colors.Text)));
        return callouts;
    }

    private static Dictionary<string, InlineLook> Inlines(Theme theme)
    {
        var c = theme.Colors;
        InlineLook[] looks =
        [
            new() { Role = StyleRoles.Link, Color = c.Link, Underline = true },
            new() { Role = StyleRoles.InlineCode, Families = theme.Fonts.Mono, Size = theme.BodySize - 1 },
            new() { Role = StyleRoles.NoteMark, Superscript = true },
            new() { Role = StyleRoles.Shaded, Bold = true },
        ];
        return looks.ToDictionary(l => l.Role, StringComparer.Ordinal);
    }

    /// <summary>Nine levels, as Word has: bullets •, –, ▪ and numbers 1., a), i. in turn, each level indented one step more.</summary>
    private static List<ListLevelLook> Levels(bool ordered)
    {
        string[] bullets = ["•", "–", "▪"];
        (string Format, string Suffix)[] numbers = [("decimal", "."), ("lower-letter", ")"), ("lower-roman", ".")];
        var levels = new List<ListLevelLook>();
        for (var i = 0; i < 9; i++)
        {
            levels.Add(ordered
                ? new ListLevelLook(numbers[i % 3].Format, numbers[i % 3].Suffix, NumberStep * (i + 1), NumberStep)
                : new ListLevelLook(bullets[i % 3], "", BulletStep * (i + 1), BulletHanging));
        }

        return levels;
    }
}
