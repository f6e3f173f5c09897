using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Tests.Templates;

public class TemplateComposerTests
{
    [Fact]
    public void Data_values_are_literal_text_not_markup()
    {
        using var pack = new TestPack("# {{ data.title }}\n\n{{ data.body }}\n");
        var hostile = "*bold* _it_ # not a heading | pipe <b>tag</b> &amp; {{ x }} [link](http://x) `code` \\\\ ::: 1. ";
        var result = pack.Render($"title: \"{hostile.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\nbody: \"{hostile.Replace("\\", "\\\\", StringComparison.Ordinal)}\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var heading = Assert.IsType<Heading>(result.Document!.Blocks.First());
        Assert.Equal(hostile.Trim(), Assert.IsType<Text>(Assert.Single(heading.Content)).Value);
        var paragraph = Assert.IsType<Paragraph>(result.Document.Blocks.ElementAt(1));
        Assert.Equal(hostile.Trim(), Assert.IsType<Text>(Assert.Single(paragraph.Content)).Value);
    }

    [Fact]
    public void Only_values_passed_through_markdown_are_read_as_Markdown()
    {
        using var pack = new TestPack("{{ markdown data.rich }}\n\n{{ data.plain }}\n");
        var result = pack.Render("rich: \"**bold**\"\nplain: \"**bold**\"\n");
        var rich = Assert.IsType<Paragraph>(result.Document!.Blocks.First());
        Assert.IsType<Strong>(Assert.Single(rich.Content));
        var plain = Assert.IsType<Paragraph>(result.Document.Blocks.ElementAt(1));
        Assert.Equal("**bold**", Assert.IsType<Text>(Assert.Single(plain.Content)).Value);
    }

    [Fact]
    public void Markdown_fields_cannot_open_components_or_containers()
    {
        using var pack = new TestPack("{{ markdown data.rich }}\n");
        var result = pack.Render("rich: |\n  ```risk-matrix\n  R1\t5\t5\n  ```\n  ::: callout warning Injected\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(ModelWalker.All(result.Document!.Blocks), n => n is Callout or Components.RiskMatrix.RiskMatrix);
        Assert.Contains(ModelWalker.All(result.Document.Blocks), n => n is Paragraph { Role: "code" });
    }

    [Fact]
    public void An_undefined_variable_is_an_error_at_the_template_line_and_column()
    {
        using var pack = new TestPack("Line one\n\n{{ titel }}\n");
        var error = Assert.Single(pack.Render("title: x\n").Diagnostics);
        Assert.EndsWith("main.sbn:3:4: The variable or function `titel` was not found", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_data_field_is_an_error_naming_the_known_fields()
    {
        using var pack = new TestPack("{{ data.titel }}\n");
        var error = Assert.Single(pack.Render("title: x\nsummary: y\n").Diagnostics);
        Assert.Contains("main.sbn:1:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("has no field 'titel'; it has: language, summary, title", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_position()
    {
        using var pack = new TestPack("ok\n{{ if }}\n");
        var errors = pack.Render("title: x\n").Diagnostics;
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.Contains(":2:", errors[0].ToString(), StringComparison.Ordinal);
        Assert.EndsWith("main.sbn", errors[0].Location.File, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../outside.sbn")]
    [InlineData("/etc/passwd")]
    [InlineData("partials/../../outside.sbn")]
    public void An_include_that_leaves_the_pack_is_refused(string name)
    {
        using var pack = new TestPack($"{{{{ include \"{name}\" }}}}\n");
        pack.WriteOutside("outside.sbn", "secret");
        var error = Assert.Single(pack.Render("title: x\n").Diagnostics);
        Assert.Contains("main.sbn:1:", error.ToString(), StringComparison.Ordinal);
        Assert.Matches("outside the template pack|absolute path", error.Message);
    }

    [Fact]
    public void Includes_inside_the_pack_are_rendered_as_Markdown()
    {
        using var pack = new TestPack("{{ include \"partials/part.sbn\" }}\n");
        pack.With("partials/part.sbn", "## {{ data.title }}\n");
        var result = pack.Render("title: \"A *b*\"\n");
        var heading = Assert.IsType<Heading>(Assert.Single(result.Document!.Blocks));
        Assert.Equal("title", heading.Content[0].Origin?.Path);
        Assert.Equal("A *b*", Assert.IsType<Text>(Assert.Single(heading.Content)).Value);
    }

    [Fact]
    public void An_include_is_found_again_by_the_next_paper_and_a_refused_one_stays_refused()
    {
        using var pack = new TestPack("{{ include data.part }}\n");
        pack.With("partials/part.sbn", "## {{ data.title }}\n");
        pack.WriteOutside("outside.sbn", "secret");
        foreach (var title in new[] { "First", "Second" })
        {
            var found = pack.Render($"title: {title}\npart: partials/part.sbn\n");
            Assert.Equal(title, InlineText.Of(Assert.IsType<Heading>(Assert.Single(found.Document!.Blocks)).Content));
            var refused = Assert.Single(pack.Render($"title: {title}\npart: ../outside.sbn\n").Diagnostics);
            Assert.Contains("outside the template pack", refused.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("{{ date.format = '%Y' }}")]
    [InlineData("{{ string.shout = 1 }}")]
    [InlineData("{{ math.pi = 3 }}")]
    [InlineData("{{ array.sort_text = 1 }}")]
    public void A_template_cannot_change_a_built_in_object(string line)
    {
        using var pack = new TestPack(line + "\n");
        var error = Assert.Single(pack.Render("title: x\n").Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("main.sbn:1:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("built-in objects (date, string, math, array…) and the pack's functions are read-only", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Text {{ object.eval_template data.title }}", "object.eval_template", "run text")]
    [InlineData("Text {{ object.eval data.title }}", "object.eval", "run text")]
    [InlineData("Text {{ data.title | object.eval }}", "object.eval", "run text")]
    [InlineData("Made {{ date.now }}", "date.now", "same paper on every run")]
    [InlineData("Made {{ date.now | date.to_string '%Y' }}", "date.now", "same paper on every run")]
    [InlineData("Lucky {{ math.random 1 10 }}", "math.random", "same paper on every run")]
    public void A_template_cannot_run_data_as_code_or_make_a_paper_that_differs_from_run_to_run(string line, string function, string why)
    {
        using var pack = new TestPack(line + "\n");
        var error = Assert.Single(pack.Render("title: \"{{ 7 * 7 }} {{ include 'main.sbn' }}\"\n").Diagnostics);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.Contains("main.sbn:1:", error.ToString(), StringComparison.Ordinal);
        Assert.Contains($"{function} is not available to pack templates", error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_runaway_loop_stops_at_the_loop_limit()
    {
        using var pack = new TestPack("{{ for i in 1..10000000 }}x{{ end }}\n");
        var error = Assert.Single(pack.Render("title: x\n").Diagnostics);
        Assert.Contains("main.sbn:1:", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Infinite_recursion_stops_at_the_recursion_limit()
    {
        using var pack = new TestPack("{{ func f(x); ret f(x); end; f(1) }}\n");
        Assert.Single(pack.Render("title: x\n").Diagnostics);
    }

    [Fact]
    public void Page_furniture_turns_the_packs_placeholders_into_page_fields()
    {
        using var pack = new TestPack("x\n");
        var furniture = pack.Render("title: x\n").Document!.Sections[0].Furniture;
        Assert.Collection(
            furniture.FooterRight,
            i => Assert.Equal("Hello ", Assert.IsType<Text>(i).Value),
            i => Assert.IsType<PageNumber>(i),
            i => Assert.Equal("/", Assert.IsType<Text>(i).Value),
            i => Assert.IsType<PageCount>(i));
    }

    [Fact]
    public void Placeholders_typed_in_the_data_stay_literal_text()
    {
        using var pack = new TestPack("{{ data.title }}\n");
        pack.With("template.yaml", "name: test\nmain: main.sbn\npage:\n  footer_left: \"{{ data.title }}\"\n  footer_right: \"{{ labels.greeting }} {page}\"\nmetadata:\n  title: \"{{ data.title }}\"\n");
        var document = pack.Render("title: \"Report {page} of {pages}\"\n").Document!;
        var footer = document.Sections[0].Furniture;
        Assert.Equal("Report {page} of {pages}", Assert.IsType<Text>(Assert.Single(footer.FooterLeft)).Value);
        Assert.Contains(footer.FooterRight, i => i is PageNumber);
        Assert.Equal("Report {page} of {pages}", document.Metadata.Title);
        Assert.Equal("Report {page} of {pages}", Assert.IsType<Text>(Assert.Single(((Paragraph)document.Blocks.First()).Content)).Value);
    }

    [Fact]
    public void Control_characters_are_dropped_with_a_warning_naming_the_field()
    {
        using var pack = new TestPack("{{ data.title }}\n");
        var result = pack.Render("title: \"bell\\a and\\x01 null\\0 end\"\n");
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal("title", warning.DataPath);
        Assert.Equal("bell and null end", Assert.IsType<Text>(Assert.Single(((Paragraph)result.Document!.Blocks.First()).Content)).Value);
    }

    [Theory]
    [InlineData("xx-QQQ")]
    [InlineData("und")]
    [InlineData("root")]
    public void An_unknown_language_is_an_error_at_the_language_field(string language)
    {
        // "und" and "root" are ICU's root locale: no language, which a document cannot declare.
        using var pack = new TestPack("x\n");
        var error = Assert.Single(pack.Render($"title: x\nlanguage: {language}\n").Diagnostics);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
        Assert.Contains("unknown language", error.Message, StringComparison.Ordinal);
    }
}
