using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Data;

/// <summary>The policy-brief schema as a user meets it: through the engine's Validate.</summary>
public class SchemaValidationTests
{
    private const string Minimal = """
        title: Minimal brief
        date: 2026-10-05
        summary: One paragraph.
        pillars:
          - name: Security
        """;

    private static IReadOnlyList<Diagnostic> Validate(string yaml, string name = "brief.yaml")
    {
        using var folder = new TempFolder();
        var path = folder.Write(name, yaml);
        return TestEngines.PolicyBrief.Validate(DataSource.FromFile(path))
            .Select(d => d with { Location = d.Location with { File = name } })
            .ToList();
    }

    [Fact]
    public void The_minimal_brief_and_the_sample_are_valid()
    {
        Assert.Empty(Validate(Minimal));
        Assert.Empty(TestEngines.PolicyBrief.Validate(DataSource.FromFile(RepositoryPaths.Sample)));
    }

    [Fact]
    public void A_wrong_type_names_file_line_column_path_and_both_values()
    {
        var yaml = Minimal + """

            risks:
              - title: Incident
                likelihood: very high
                impact: 3
            """;
        var error = Assert.Single(Validate(yaml));
        Assert.Equal("brief.yaml:8:17: risks[0].likelihood: expected a whole number from 1 to 5, got \"very high\"", error.ToString());
    }

    [Fact]
    public void Out_of_range_numbers_are_reported()
    {
        var error = Assert.Single(Validate(Minimal + "\nrisks:\n  - { title: T, likelihood: 6, impact: 1 }\n"));
        Assert.Equal("risks[0].likelihood", error.DataPath);
        Assert.Equal("expected a whole number from 1 to 5, got 6", error.Message);
    }

    [Fact]
    public void Every_mistake_is_reported_in_one_run()
    {
        var errors = Validate(Minimal + "\nrisks:\n  - { title: T, likelihood: 6, impact: 9 }\n  - { likelihood: 1, impact: 1 }\n");
        Assert.Equal(["risks[0].likelihood", "risks[0].impact", "risks[1]"], errors.Select(e => e.DataPath));
    }

    [Fact]
    public void Missing_required_fields_are_listed_with_what_they_expect()
    {
        var errors = Validate("title: Only a title\n");
        Assert.Equal(
            [
                "brief.yaml:1:1: missing required field 'date' (a date as YYYY-MM-DD)",
                "brief.yaml:1:1: missing required field 'summary' (text)",
                "brief.yaml:1:1: missing required field 'pillars' (a list)",
            ],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Unknown_enum_values_list_the_allowed_ones()
    {
        var error = Assert.Single(Validate(Minimal + "\ncooperation_areas:\n  - { name: Fisheries, status: activ }\n"));
        Assert.Equal("expected one of active, reduced, paused, suspended, got \"activ\" (did you mean 'active'?)", error.Message);
        Assert.Equal("cooperation_areas[0].status", error.DataPath);
    }

    [Theory]
    [InlineData("2026-02-30", ": February 2026 has 28 days")]
    [InlineData("2026-02-29", ": February 2026 has 28 days")]
    [InlineData("2026-13-01", ": there is no month 13")]
    [InlineData("2026-04-31", ": April 2026 has 30 days")]
    [InlineData("5 October 2026", "")]
    [InlineData("2026-10-5", "")]
    public void Invalid_dates_are_refused_saying_why_a_well_formed_one_is_no_day(string date, string why)
    {
        var error = Assert.Single(Validate(Minimal.Replace("2026-10-05", $"\"{date}\"", StringComparison.Ordinal)));
        Assert.Equal($"expected a date as YYYY-MM-DD, got \"{date}\"{why}", error.Message);
        Assert.Equal("date", error.DataPath);
    }

    [Fact]
    public void A_misspelt_field_is_an_error_with_a_suggestion()
    {
        var error = Assert.Single(Validate(Minimal + "\nsumary: typo\n"));
        Assert.StartsWith("unknown field 'sumary'; did you mean 'summary'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_of_pillars_is_refused()
    {
        var error = Assert.Single(Validate(Minimal.Replace("pillars:\n  - name: Security", "pillars: []", StringComparison.Ordinal)));
        Assert.Equal("expected at least one item, got an empty list", error.Message);
    }

    [Fact]
    public void Recommendations_may_be_text_or_maps_but_nothing_else()
    {
        Assert.Empty(Validate(Minimal + "\nrecommendations:\n  - Plain text.\n  - { text: Map, priority: high }\n"));
        var error = Assert.Single(Validate(Minimal + "\nrecommendations:\n  - [a, list]\n"));
        Assert.Equal("expected text or a map of fields, got a list", error.Message);
    }

    [Fact]
    public void Web_addresses_must_be_absolute()
    {
        var error = Assert.Single(Validate(Minimal + "\nsources:\n  - { title: T, url: \"javascript:alert(1)\" }\n"));
        Assert.Equal("sources[0].url", error.DataPath);
    }

    [Fact]
    public void An_empty_optional_field_means_the_same_as_leaving_it_out()
    {
        Assert.Empty(Validate(Minimal + "\nsubtitle:\nbackground:\n"));
    }

    [Fact]
    public void JSON_data_is_checked_the_same_way()
    {
        var json = """
            {
              "title": "T", "date": "2026-10-05", "summary": "S",
              "pillars": [{ "name": "P" }],
              "risks": [{ "title": "R", "likelihood": "high", "impact": 2 }]
            }
            """;
        var error = Assert.Single(Validate(json, "brief.json"));
        Assert.Equal("brief.json:4:43: risks[0].likelihood: expected a whole number from 1 to 5, got \"high\"", error.ToString());
    }

    [Fact]
    public void A_required_field_left_empty_is_one_error_where_it_stands()
    {
        var error = Assert.Single(Validate(Minimal.Replace("title: Minimal brief", "title:", StringComparison.Ordinal)));
        Assert.Equal("brief.yaml:1:7: title: expected text, got nothing; the field is required", error.ToString());
    }

    [Theory]
    [InlineData("\"   \"", "only spaces")]
    [InlineData("\"\\u200B\\u2060\"", "only invisible characters (U+200B, U+2060)")]
    [InlineData("\"\\u00AD \\u3164\"", "only invisible characters (U+00AD, U+3164)")]
    public void Required_text_that_prints_as_nothing_is_refused(string title, string got)
    {
        var error = Assert.Single(Validate(Minimal.Replace("Minimal brief", title, StringComparison.Ordinal)));
        Assert.Equal("title", error.DataPath);
        Assert.Equal("expected some text, got " + got, error.Message);
    }

    [Fact]
    public void Text_lengths_count_characters_not_UTF16_units()
    {
        // The title allows 300 characters; 300 emoji are 600 UTF-16 units.
        var emoji = string.Concat(Enumerable.Repeat("😀", 300));
        Assert.Empty(Validate(Minimal.Replace("Minimal brief", emoji, StringComparison.Ordinal)));

        var error = Assert.Single(Validate(Minimal.Replace("Minimal brief", emoji + "😀", StringComparison.Ordinal)));
        Assert.Equal("expected at most 300 characters, got 301", error.Message);
    }
}
