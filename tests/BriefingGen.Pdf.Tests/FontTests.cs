using BriefingGen.Pdf.Fonts;
using BriefingGen.Pdf.Tests.Support;
using BriefingGen.Rendering;
using BriefingGen.Testing;

namespace BriefingGen.Pdf.Tests;

/// <summary>Choosing faces: the theme's families, fallback per character, and a clear error when there is nothing.</summary>
public class FontTests
{
    private static string DejaVuFolder => Path.GetDirectoryName(FontCatalog.System.Find("DejaVu Sans", false, false)!.Path)!;

    [Fact]
    public void Every_character_falls_back_to_a_font_that_has_it()
    {
        var resolver = new FontResolver([]);
        var shaper = new TextShaper(resolver);
        var families = new[] { "Carlito" };
        var primary = resolver.Resolve(families, bold: false, italic: false);
        var text = "Norge \u2013 Россия שלום مرحبا 挪威与俄罗斯 🌍🐟 ✓";
        var runs = shaper.Shape(text, primary, families, bold: false, italic: false);
        Assert.DoesNotContain(runs.SelectMany(r => r.Glyphs), g => g.Glyph == 0);
        Assert.Equal(text, string.Concat(runs.Select(r => r.Text)));
        Assert.True(runs.Select(r => r.Face.Info.Family).Distinct().Count() > 1, "several faces should share the line");
    }

    [Fact]
    public void A_character_no_font_has_is_a_warning_that_names_it_when_no_standard_is_claimed()
    {
        using var output = new PdfOutput();
        var data = output.WriteData("missing.yaml", "title: \"Unassigned \u0378 here\"\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n");
        var result = PdfOutput.RenderWith(data, new PdfRenderer { Standard = Rendering.PdfStandard.None });
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
        Assert.Contains("pdf: no installed font has U+0378", warning.Message, StringComparison.Ordinal);
        Assert.Equal(("title", 1, 8), (warning.DataPath, warning.Location.Line, warning.Location.Column));
        Assert.Contains("fonts/ folder", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_paper_with_a_character_no_font_has_warns_though_its_words_were_shaped_for_an_earlier_one()
    {
        // Shaped words are kept across papers; one with an empty box must not be, or the second
        // paper of a batch would print boxes without a word.
        using var output = new PdfOutput();
        var data = output.WriteData("missing.yaml", "title: \"Unassigned \u0379 there\"\ndate: 2026-10-05\nsummary: S\npillars: [{name: P}]\n");
        for (var paper = 1; paper <= 2; paper++)
        {
            var result = PdfOutput.RenderWith(data, new PdfRenderer { Standard = Rendering.PdfStandard.None });
            var warning = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
            Assert.Contains("pdf: no installed font has U+0379", warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_sample_needs_no_missing_characters()
    {
        var result = PdfOutput.RenderWith(RepositoryPaths.Sample, new PdfRenderer());
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void With_no_usable_font_the_error_says_what_was_tried_and_how_to_install_one()
    {
        using var empty = new TempFolder();
        var resolver = new FontResolver([empty.Path], includeSystem: false);
        var error = Assert.Throws<FontNotFoundException>(() => resolver.Resolve(["House Sans"], bold: false, italic: false));
        Assert.Contains("House Sans", error.Message, StringComparison.Ordinal);
        Assert.Contains("DejaVu Sans", error.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install fonts-dejavu-core", error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts/ folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_font_in_a_chosen_folder_that_offers_no_face_is_warned_about_with_why()
    {
        using var fonts = new TempFolder();
        File.Copy(Directory.EnumerateFiles(DejaVuFolder, "DejaVuSans.ttf").Single(), Path.Combine(fonts.Path, "good.ttf"));
        fonts.Write("garbage.ttf", "<html>not a font</html>");
        fonts.Write("empty.ttf", "");

        // The table directory of a face with PostScript outlines and nothing else.
        var cff = new byte[] { (byte)'O', (byte)'T', (byte)'T', (byte)'O', 0, 1, 0, 16, 0, 0, 0, 0, (byte)'C', (byte)'F', (byte)'F', (byte)' ', 0, 0, 0, 0, 0, 0, 0, 28, 0, 0, 0, 4, 1, 0, 4, 2 };
        File.WriteAllBytes(Path.Combine(fonts.Path, "House-Regular.otf"), cff);

        // A collection header that lists no face.
        File.WriteAllBytes(Path.Combine(fonts.Path, "none.ttc"), [(byte)'t', (byte)'t', (byte)'c', (byte)'f', 0, 1, 0, 0, 0, 0, 0, 0]);

        var result = PdfOutput.RenderWith(RepositoryPaths.Sample, new PdfRenderer(), fontFolders: [fonts.Path]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Select(d => d.Message).Where(m => m.Contains("is not used", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Collection(
            warnings,
            m => Assert.Contains("House-Regular.otf is not used: it has PostScript (CFF) outlines", m, StringComparison.Ordinal),
            m => Assert.Contains("empty.ttf is not used: the file is empty", m, StringComparison.Ordinal),
            m => Assert.Contains("garbage.ttf is not used: it is not a font file that can be read", m, StringComparison.Ordinal),
            m => Assert.Contains("none.ttc is not used: it holds no font", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_font_damaged_where_only_subsetting_looks_is_passed_over_with_a_warning_and_the_paper_is_written()
    {
        using var damaged = new TempFolder();
        var font = File.ReadAllBytes(Directory.EnumerateFiles(DejaVuFolder, "DejaVuSans.ttf").Single());
        Overwrite(font, "post", new Random(7));
        File.WriteAllBytes(Path.Combine(damaged.Path, "House.ttf"), font);

        var result = PdfOutput.RenderWith(RepositoryPaths.Sample, new PdfRenderer { UseSystemFonts = false }, fontFolders: [damaged.Path, DejaVuFolder]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("is not used", StringComparison.Ordinal));
        Assert.Contains("House.ttf is not used: it cannot be embedded in a PDF", warning.Message, StringComparison.Ordinal);
    }

    /// <summary>Fills the table <paramref name="tag"/> of a single-face font with bytes from <paramref name="random"/>.</summary>
    private static void Overwrite(byte[] font, string tag, Random random)
    {
        var tables = System.Buffers.Binary.BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < tables; i++)
        {
            var record = 12 + (16 * i);
            if (System.Text.Encoding.ASCII.GetString(font, record, 4) == tag)
            {
                var offset = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
                var length = (int)System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
                random.NextBytes(font.AsSpan(offset, length));
                return;
            }
        }

        throw new InvalidOperationException($"the font has no {tag} table");
    }

    [Fact]
    public void A_rendering_without_fonts_fails_with_that_error_and_no_stack_trace()
    {
        using var empty = new TempFolder();
        var renderer = new PdfRenderer { UseSystemFonts = false };
        var error = Assert.Throws<RenderException>(() => renderer.Render(ModelSamples.Input(ModelSamples.EveryKind()) with { FontFolders = [empty.Path] }, new MemoryStream()));
        Assert.StartsWith("no usable TrueType font found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_with_only_DejaVu_renders_the_sample()
    {
        using var output = new PdfOutput();
        var result = PdfOutput.RenderWith(RepositoryPaths.Sample, new PdfRenderer { UseSystemFonts = false }, fontFolders: [DejaVuFolder]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Path.Combine(output.Folder, "dejavu.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single().Bytes.ToArray());

        Assert.Empty(PdfAudit.Problems(pdf));
        Assert.All(PdfAudit.Fonts(pdf), f => Assert.Contains("DejaVu", f.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void A_pack_s_fonts_folder_is_used()
    {
        using var pack = new TempFolder();
        foreach (var file in Directory.GetFiles(RepositoryPaths.PolicyBriefPack, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(pack.Path, Path.GetRelativePath(RepositoryPaths.PolicyBriefPack, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        Directory.CreateDirectory(Path.Combine(pack.Path, "fonts"));
        File.Copy(FontCatalog.System.Find("DejaVu Sans", false, false)!.Path, Path.Combine(pack.Path, "fonts", "house.ttf"));

        // Without system fonts, only the pack's own font can make this work.
        var result = PdfOutput.RenderWith(RepositoryPaths.Sample, new PdfRenderer { UseSystemFonts = false }, pack.Path);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Path.Combine(pack.Path, "out.pdf");
        File.WriteAllBytes(pdf, result.Outputs.Single().Bytes.ToArray());
        Assert.All(PdfAudit.Fonts(pdf), f => Assert.EndsWith("+DejaVuSans", f.Name, StringComparison.Ordinal));

        // With only a regular face, bold text is emboldened and italic text slanted, not lost.
        var content = PdfTools.Uncompressed(pdf);
        Assert.Contains("2 Tr", content, StringComparison.Ordinal);
        Assert.Contains("1 0 0.21 1 ", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Real_bold_and_italic_faces_are_not_emboldened_or_slanted()
    {
        using var output = new PdfOutput();
        var content = PdfTools.Uncompressed(output.RenderData(RepositoryPaths.Sample));
        Assert.DoesNotContain("2 Tr", content, StringComparison.Ordinal);
        Assert.DoesNotContain("1 0 0.21 1 ", content, StringComparison.Ordinal);
    }

    [Fact]
    public void Fonts_in_a_given_folder_come_before_the_system_s()
    {
        using var folder = new TempFolder();
        var source = FontCatalog.System.Find("DejaVu Sans", false, false)!.Path;
        var copy = Path.Combine(folder.Path, "house.ttf");
        File.Copy(source, copy);
        var resolver = new FontResolver([folder.Path]);
        Assert.Equal(copy, resolver.Resolve(["DejaVu Sans"], bold: false, italic: false).Info.Path);
    }

    [Fact]
    public void Ligatures_are_drawn_and_still_copy_as_their_letters()
    {
        var resolver = new FontResolver([]);
        var face = resolver.Resolve(["Carlito"], bold: false, italic: false);
        Assert.Equal("Carlito", face.Info.Family);
        var run = new TextShaper(resolver).Shape("office", face, ["Carlito"], false, false).Single();
        Assert.True(run.Glyphs.Count < "office".Length, "Carlito should form the ffi ligature");

        using var output = new PdfOutput();
        var document = ModelSamples.Of(new Model.Paragraph([new Model.Text("The office of the fjord flight staff.")]));
        var text = PdfTools.Text(output.Render(document));
        Assert.Contains("The office of the fjord flight staff.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_emoji_sequence_drawn_as_several_glyphs_copies_once_and_its_parts_keep_their_own_text()
    {
        using var output = new PdfOutput();
        var document = ModelSamples.Of(new Model.Paragraph([new Model.Text("Family 👩\u200D👩\u200D👧 here. Woman 👩 and girl 👧 alone. Flag 🇳🇴, thumbs 👍🏽.")]));

        var text = PdfTools.Text(output.Render(document));

        Assert.Contains("Family 👩\u200D👩\u200D👧 here. Woman 👩 and girl 👧 alone. Flag 🇳🇴, thumbs 👍🏽.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ligature_or_sign_character_in_the_text_does_not_change_how_the_letters_it_shares_a_glyph_with_copy()
    {
        using var output = new PdfOutput();
        var document = ModelSamples.Of(new Model.Paragraph([new Model.Text("A literal \uFB01 and the \u212B sign first. Then the figure, the file and \u00C5lesund.")]));

        var text = PdfTools.Text(output.Render(document));

        Assert.Contains("Then the figure, the file and \u00C5lesund.", text, StringComparison.Ordinal);
        Assert.Contains("A literal fi and the \u00C5 sign first.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zalgo e\u0301\u0301\u0301\u0301\u0301\u0301 end")]
    [InlineData("Marks \u0301\u0301\u0301\u0301 alone")]
    public void Combining_marks_the_face_lacks_are_drawn_by_one_that_has_them_and_take_no_width(string text)
    {
        var resolver = new FontResolver([]);
        var face = resolver.Resolve(["Carlito"], bold: false, italic: false);
        var runs = new TextShaper(resolver).Shape(text, face, ["Carlito"], false, false);

        Assert.DoesNotContain(runs.SelectMany(r => r.Glyphs), g => g.Glyph == 0);
        var plain = new TextShaper(resolver).Shape(text.Replace("\u0301", "", StringComparison.Ordinal), face, ["Carlito"], false, false);
        double Width(IEnumerable<ShapedRun> shaped) => shaped.Sum(r => r.Advance / (double)r.Face.UnitsPerEm);
        Assert.True(Width(runs) < Width(plain) + 0.8, $"{Width(runs):0.00} em with the marks against {Width(plain):0.00} em without");
    }
}
