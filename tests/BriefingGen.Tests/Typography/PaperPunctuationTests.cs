using BriefingGen.Model;
using BriefingGen.Tests.Templates;

namespace BriefingGen.Tests.Typography;

/// <summary>Typographic punctuation over a whole paper: data and template text alike, in the paper's language, and off when the pack says so.</summary>
public class PaperPunctuationTests
{
    private const string Template = "# The \"{{ data.title }}\"\n\nTemplate's own - text and {{ data.body }} with `code \"as is\"`.\n\n| A |\n|---|\n| {{ data.body }} |\n\n[Link](#the-{{ data.title }})\n";

    private static string Text(Document document) => string.Join("\n", ModelWalker.All(document.Blocks).OfType<Paragraph>().Select(p => InlineText.Of(p.Content)).Concat(ModelWalker.Headings(document.Blocks).Select(h => InlineText.Of(h.Content))));

    [Fact]
    public void Data_and_template_text_are_set_alike_and_code_and_heading_ids_stay_as_typed()
    {
        using var pack = new TestPack(Template);
        var result = pack.Render("title: plan\nbody: \"Norway's 'two pillars'...\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = Text(result.Document!);
        Assert.Contains("The \u201Cplan\u201D", text, StringComparison.Ordinal);
        Assert.Contains("Template\u2019s own\u00A0\u2013 text and Norway\u2019s \u201Ctwo pillars\u201D\u2026 with code \"as is\".", text, StringComparison.Ordinal);
        Assert.Contains("\nNorway\u2019s \u201Ctwo pillars\u201D\u2026", text, StringComparison.Ordinal);
        Assert.Equal("the-plan", ModelWalker.Headings(result.Document!.Blocks).Single().Id);
    }

    [Fact]
    public void The_paper_language_chooses_the_marks_and_the_footer_and_title_follow()
    {
        using var pack = new TestPack(Template, manifest: "  title: \"\\\"{{ data.title }}\\\"\"\n");
        pack.With("i18n/nb.yaml", "greeting: Hei\nlong_date_format: \"d. MMMM yyyy\"\n");
        var result = pack.Render("language: nb-NO\ntitle: plan\nbody: \"'sitat'\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("The \u00ABplan\u00BB", Text(result.Document!), StringComparison.Ordinal);
        Assert.Equal("\u00ABplan\u00BB", result.Document!.Metadata.Title);
    }

    [Fact]
    public void A_pack_can_keep_every_character_as_written()
    {
        using var pack = new TestPack(Template, manifest: "typographic_punctuation: false\n");
        var result = pack.Render("title: plan\nbody: \"Norway's 'two pillars'...\"\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var text = Text(result.Document!);
        Assert.Contains("The \"plan\"", text, StringComparison.Ordinal);
        Assert.Contains("Template's own - text and Norway's 'two pillars'...", text, StringComparison.Ordinal);
    }
}
