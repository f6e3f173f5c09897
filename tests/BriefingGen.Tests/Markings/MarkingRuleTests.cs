using BriefingGen.Diagnostics;
using BriefingGen.Model;
using BriefingGen.Tests.Templates;

namespace BriefingGen.Tests.Markings;

/// <summary>
/// The engine's marking rules: every built-in scheme writes its banner from its levels,
/// descriptors and caveats; a level the scheme lacks, a missing companion or an unknown scheme is
/// an error at the data value's line and column; a paper marked lower than one of its sections is
/// raised, with a warning; a pack may add its own scheme.
/// </summary>
public class MarkingRuleTests
{
    /// <summary>A paper with an optional annex whose marking the template passes to <c>section</c>.</summary>
    private const string Template = "# Summary\n\nText.\n\n{{ if data.annex }}{{ section { marking: data.annex.marking } }}\n# Annex\n\nAnnex text.\n{{ end }}\n";

    private static TestPack Pack(string manifest = "marking: classification\n") =>
        new TestPack(Template, "greeting: Hello\nlong_date_format: \"d MMMM yyyy\"\n", manifest)
            .With("schema.json", "{ \"type\": \"object\", \"properties\": { \"language\": {}, \"title\": {}, \"date\": {}, \"classification\": {}, \"annex\": {} } }");

    [Theory]
    [InlineData("{ scheme: uk-gscp, level: OFFICIAL }", "OFFICIAL")]
    [InlineData("{ scheme: uk-gscp, level: official, descriptors: [SENSITIVE] }", "OFFICIAL-SENSITIVE")]
    [InlineData("{ scheme: uk-gscp, level: OFFICIAL, descriptors: [SENSITIVE], caveats: [UK EYES ONLY] }", "OFFICIAL-SENSITIVE UK EYES ONLY")]
    [InlineData("{ scheme: uk-gscp, level: SECRET }", "SECRET")]
    [InlineData("{ scheme: uk-gscp, level: TOP SECRET }", "TOP SECRET")]
    [InlineData("{ scheme: no-sikkerhetsloven, level: BEGRENSET }", "BEGRENSET")]
    [InlineData("{ scheme: no-sikkerhetsloven, level: KONFIDENSIELT }", "KONFIDENSIELT")]
    [InlineData("{ scheme: no-sikkerhetsloven, level: HEMMELIG }", "HEMMELIG")]
    [InlineData("{ scheme: no-sikkerhetsloven, level: strengt hemmelig }", "STRENGT HEMMELIG")]
    [InlineData("{ scheme: no-sikkerhetsloven, level: Unntatt offentlighet, legal_basis: offl. § 13 jf. fvl. § 13 }", "UNNTATT OFFENTLIGHET")]
    public void Each_scheme_writes_the_banner_of_a_valid_level(string marking, string banner)
    {
        using var pack = Pack();
        var result = pack.Render($"classification: {marking}\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(banner, result.Document!.Metadata.Classification);
        Assert.Equal(banner, result.Document.Metadata.Marking!.Banner);
        Assert.All(result.Document.Sections, s => Assert.Equal(banner, s.Metadata.Classification));
    }

    [Theory]
    [InlineData("{ caveats: [UK EYES ONLY], legal_basis: x }", "classification.level", "a marking needs a level")]
    [InlineData("{ descriptors: [SENSITIVE] }", "classification.level", "a marking needs a level")]
    [InlineData("{}", "classification.level", "a marking needs a level")]
    [InlineData("\"\\u200B\"", "classification", "expected a marking such as RESTRICTED, got only invisible characters (U+200B)")]
    [InlineData("{ level: \"\\u2060\" }", "classification.level", "expected a text, got only invisible characters (U+2060)")]
    public void A_marking_that_would_print_nothing_is_an_error_not_an_unmarked_paper(string marking, string path, string message)
    {
        using var pack = Pack();
        var result = pack.Render($"classification: {marking}\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(path, error.DataPath);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scheme_none_marks_nothing()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: none }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(result.Document!.Metadata.Classification);
        Assert.Null(result.Document.Metadata.Marking);
    }

    [Fact]
    public void The_plain_text_form_keeps_working_as_written_and_bound_to_its_value()
    {
        using var pack = Pack();
        var result = pack.Render("classification: Restricted\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("Restricted", result.Document!.Metadata.Classification);
        Assert.Null(result.Document.Metadata.Marking);
        Assert.Equal("classification", result.Document.Metadata.Origins["classification"].Path);
    }

    [Fact]
    public void A_plain_text_level_is_checked_against_the_packs_default_scheme()
    {
        using var pack = Pack("marking: classification\nmarking_scheme: uk-gscp\n");
        var good = pack.Render("classification: official\n");
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));
        Assert.Equal("OFFICIAL", good.Document!.Metadata.Classification);

        var bad = pack.Render("classification: RESTRICTED\n");
        var error = Assert.Single(bad.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((1, 17), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void An_unknown_level_is_refused_at_its_line_and_column_listing_the_valid_ones()
    {
        using var pack = Pack();
        var result = pack.Render("title: Paper\nclassification:\n  scheme: uk-gscp\n  level: RESTRICTED\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("brief.yaml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal((4, 10), (error.Location.Line, error.Location.Column));
        Assert.Equal("classification.level", error.DataPath);
        Assert.Contains("unknown level \"RESTRICTED\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("OFFICIAL, SECRET, TOP SECRET", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_scheme_is_refused_naming_the_schemes()
    {
        using var pack = Pack();
        var result = pack.Render("classification:\n  scheme: nato\n  level: SECRET\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((2, 11), (error.Location.Line, error.Location.Column));
        Assert.Contains("no-sikkerhetsloven, none, uk-gscp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_descriptor_is_refused_at_a_level_the_scheme_does_not_allow_it_with()
    {
        using var pack = Pack();
        var result = pack.Render("classification:\n  scheme: uk-gscp\n  level: SECRET\n  descriptors: [SENSITIVE]\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((4, 17), (error.Location.Line, error.Location.Column));
        Assert.Contains("goes only with OFFICIAL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_descriptor_or_caveat_given_twice_is_refused_at_its_second_mention()
    {
        using var pack = Pack();
        var result = pack.Render("classification:\n  scheme: uk-gscp\n  level: OFFICIAL\n  descriptors: [SENSITIVE, SENSITIVE]\n  caveats: [UK EYES ONLY, uk eyes only]\n");

        // Before, the banner read OFFICIAL-SENSITIVE-SENSITIVE UK EYES ONLY UK EYES ONLY.
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Equal((4, 28), (errors[0].Location.Line, errors[0].Location.Column));
        Assert.Contains("descriptor SENSITIVE is given twice", errors[0].Message, StringComparison.Ordinal);
        Assert.Equal((5, 27), (errors[1].Location.Line, errors[1].Location.Column));
        Assert.Contains("caveat \"UK EYES ONLY\" is given twice", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Norwegian_exemption_without_its_legal_basis_is_an_error()
    {
        using var pack = Pack();
        var result = pack.Render("classification:\n  scheme: no-sikkerhetsloven\n  level: UNNTATT OFFENTLIGHET\n");
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((3, 10), (error.Location.Line, error.Location.Column));
        Assert.Equal("classification.legal_basis", error.DataPath);
        Assert.Contains("legal_basis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_paper_marked_lower_than_a_section_is_raised_with_a_warning()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: uk-gscp, level: OFFICIAL }\nannex:\n  marking: { level: SECRET }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(1, warning.Location.Line);
        Assert.Contains("SECRET", warning.Message, StringComparison.Ordinal);
        Assert.Equal("SECRET", result.Document!.Metadata.Classification);
        Assert.Equal(["SECRET", "SECRET"], result.Document.Sections.Select(s => s.Metadata.Classification));
    }

    [Fact]
    public void A_paper_raised_by_an_annex_is_stamped_with_the_annexs_declassification()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: no-sikkerhetsloven, level: BEGRENSET }\nannex:\n  marking: { level: HEMMELIG, declassify: { after_years: 30 } }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var marking = result.Document!.Metadata.Marking!;
        Assert.Equal("HEMMELIG", marking.Banner);
        Assert.Equal(["Declassify after 30 years"], marking.Stamp);
    }

    [Fact]
    public void A_paper_raised_by_an_annex_carries_the_annexs_caveats()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: uk-gscp, level: OFFICIAL }\nannex:\n  marking: { level: SECRET, caveats: [UK EYES ONLY] }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("SECRET UK EYES ONLY", result.Document!.Metadata.Classification);
    }

    [Fact]
    public void An_annex_withheld_on_other_grounds_than_the_paper_says_so_where_it_starts()
    {
        using var pack = Pack();
        var result = pack.Render(
            "classification: { scheme: no-sikkerhetsloven, level: UNNTATT OFFENTLIGHET, legal_basis: offl. § 14 }\n"
            + "annex:\n  marking: { level: UNNTATT OFFENTLIGHET, legal_basis: offl. § 13 jf. fvl. § 13 }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var annex = result.Document!.Sections[^1];
        var stamp = Assert.IsType<Paragraph>(annex.Blocks[0]);
        Assert.Equal(ParagraphRoles.Meta, stamp.Role);
        Assert.Equal(["Exempt from public disclosure, offl. § 13 jf. fvl. § 13"], stamp.Content.OfType<Text>().Select(t => t.Value));

        var same = pack.Render(
            "classification: { scheme: no-sikkerhetsloven, level: UNNTATT OFFENTLIGHET, legal_basis: offl. § 14 }\n"
            + "annex:\n  marking: { level: UNNTATT OFFENTLIGHET, legal_basis: offl. § 14 }\n");
        Assert.DoesNotContain(same.Document!.Sections[^1].Blocks, b => b is Paragraph { Role: ParagraphRoles.Meta });
    }

    [Fact]
    public void A_section_marked_lower_than_the_paper_keeps_its_own_banner()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: uk-gscp, level: SECRET }\nannex:\n  marking: { level: OFFICIAL, descriptors: [SENSITIVE] }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal(["SECRET", "OFFICIAL-SENSITIVE"], result.Document!.Sections.Select(s => s.Metadata.Classification));
    }

    [Fact]
    public void A_sections_unknown_level_is_refused_at_the_sections_data()
    {
        using var pack = Pack();
        var result = pack.Render("classification: { scheme: uk-gscp, level: OFFICIAL }\nannex:\n  marking:\n    level: COSMIC\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((4, 12), (error.Location.Line, error.Location.Column));
        Assert.Equal("annex.marking.level", error.DataPath);
    }

    [Fact]
    public void The_stamp_on_the_first_page_gives_the_legal_basis_and_the_day_counted_from_the_papers_date()
    {
        using var pack = Pack("  date: \"{{ data.date }}\"\nmarking: classification\n");
        var result = pack.Render("date: 2026-10-05\nclassification:\n  scheme: no-sikkerhetsloven\n  level: UNNTATT OFFENTLIGHET\n  legal_basis: offl. § 13 jf. fvl. § 13\n  declassify: { after_years: 10 }\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var marking = result.Document!.Metadata.Marking!;
        Assert.Equal(new DateOnly(2036, 10, 5), marking.DeclassifyOn);
        Assert.Equal(["Exempt from public disclosure, offl. § 13 jf. fvl. § 13", "Declassify on 5 October 2036"], marking.Stamp);
        var first = Assert.IsType<Paragraph>(result.Document.Sections[0].Blocks[0]);
        Assert.Equal(ParagraphRoles.Meta, first.Role);
        Assert.Equal(marking.Stamp, first.Content.OfType<Text>().Select(t => t.Value));
    }

    [Fact]
    public void A_declassification_past_the_last_representable_year_is_an_error_at_the_marking()
    {
        using var pack = Pack("  date: \"{{ data.date }}\"\nmarking: classification\n");
        var result = pack.Render("date: 9999-06-01\nclassification:\n  scheme: uk-gscp\n  level: OFFICIAL\n  declassify: { after_years: 1 }\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(3, error.Location.Line);
        Assert.Contains("after the year 9999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2020-01-01", true)]
    [InlineData("2026-10-05", true)]
    [InlineData("2026-10-06", false)]
    public void A_declassification_day_on_or_before_the_papers_date_is_warned_about_where_it_is_written(string day, bool warned)
    {
        using var pack = Pack("  date: \"{{ data.date }}\"\nmarking: classification\n");
        var result = pack.Render($"date: 2026-10-05\nclassification:\n  scheme: uk-gscp\n  level: OFFICIAL\n  declassify: {{ on: {day} }}\n");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var lapsed = result.Diagnostics.Where(d => d.Message.Contains("on or before the paper's own date", StringComparison.Ordinal)).ToList();
        if (warned)
        {
            var warning = Assert.Single(lapsed);
            Assert.Equal((Severity.Warning, 5, 21, "classification.declassify.on"), (warning.Severity, warning.Location.Line, warning.Location.Column, warning.DataPath));
        }
        else
        {
            Assert.Empty(lapsed);
        }
    }

    [Fact]
    public void A_pack_defined_scheme_is_used_like_a_built_in_one()
    {
        using var pack = Pack();
        pack.With("markings/acme.yaml", "id: acme\nname: Acme internal\ncaveat_separator: \" // \"\nlevels:\n  - id: PUBLIC\n  - id: INTERNAL\n  - id: CONFIDENTIAL\n    requires: [declassify]\n");
        var good = pack.Render("classification: { scheme: acme, level: internal, caveats: [staff only] }\n");
        Assert.True(good.Succeeded, string.Join("\n", good.Diagnostics));
        Assert.Equal("INTERNAL // STAFF ONLY", good.Document!.Metadata.Classification);

        var missing = pack.Render("classification: { scheme: acme, level: CONFIDENTIAL }\n");
        Assert.Contains(missing.Diagnostics, d => d.Severity == Severity.Error && d.DataPath == "classification.declassify");
        var unknown = pack.Render("classification: { scheme: acme, level: SECRET }\n");
        Assert.Contains(unknown.Diagnostics, d => d.Severity == Severity.Error && d.Message.Contains("PUBLIC, INTERNAL, CONFIDENTIAL", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_pack_scheme_is_reported_at_its_line()
    {
        using var pack = Pack();
        pack.With("markings/bad.yaml", "id: bad\nlevels:\n  - id: LOW\n    requires: [witness]\n");
        var result = pack.Render("classification: LOW\n");
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("bad.yaml", error.Location.File, StringComparison.Ordinal);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("witness", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_policy_briefs_schema_takes_a_marking_object_where_it_took_a_text()
    {
        using var folder = new BriefingGen.Testing.TempFolder();
        var sample = File.ReadAllText(BriefingGen.Testing.RepositoryPaths.Sample);
        Assert.Contains("classification: RESTRICTED\n", sample, StringComparison.Ordinal);
        var marked = sample.Replace("classification: RESTRICTED\n", "classification:\n  scheme: no-sikkerhetsloven\n  level: BEGRENSET\n  declassify: { after_years: 15 }\n", StringComparison.Ordinal);
        var result = BriefingGen.Testing.TestEngines.PolicyBrief.Render(Engine.DataSource.FromFile(folder.Write("marked.yaml", marked)));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("BEGRENSET", result.Document!.Metadata.Classification);
        Assert.Equal(["Declassify on 5 October 2041"], result.Document.Metadata.Marking!.Stamp);

        var wrong = sample.Replace("classification: RESTRICTED\n", "classification:\n  scheme: uk-gscp\n  grade: OFFICIAL\n", StringComparison.Ordinal);
        var refused = BriefingGen.Testing.TestEngines.PolicyBrief.Render(Engine.DataSource.FromFile(folder.Write("wrong.yaml", wrong)));
        Assert.Contains(refused.Diagnostics, d => d.Severity == Severity.Error && d.Location.Line == 9);
    }
}
