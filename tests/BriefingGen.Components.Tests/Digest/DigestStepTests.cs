using BriefingGen.Components.Digest;
using BriefingGen.Data;
using BriefingGen.Diagnostics;
using BriefingGen.Engine;
using BriefingGen.Testing;

namespace BriefingGen.Components.Tests.Digest;

/// <summary>The digest's data step: week and period, items merged and sorted, briefs read, and every kind of change since last week's snapshot.</summary>
public sealed class DigestStepTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("2026-11-30", "2026-W49", "2026-11-30", "2026-12-06")]
    [InlineData("2027-01-01", "2026-W53", "2026-12-28", "2027-01-03")]
    [InlineData("2025-12-29", "2026-W01", "2025-12-29", "2026-01-04")]
    [InlineData("9999-12-31", "9999-W52", "9999-12-27", "9999-12-31")]
    [InlineData("0001-01-01", "0001-W01", "0001-01-01", "0001-01-07")]
    public void The_week_and_period_come_from_the_date_when_the_data_leaves_them_out(string date, string week, string from, string to)
    {
        var data = DigestRuns.Resolved(Digest($"date: {date}\n"));

        Assert.Equal(week, DigestRuns.At(data, "week"));
        Assert.Equal(from, DigestRuns.At(data, "period.from"));
        Assert.Equal(to, DigestRuns.At(data, "period.to"));
    }

    [Fact]
    public void A_week_the_data_gives_is_kept()
    {
        var data = DigestRuns.Resolved(Digest("date: 2026-11-30\nweek: 2026-W50\n"));

        Assert.Equal("2026-W50", DigestRuns.At(data, "week"));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_an_error_at_its_end()
    {
        var result = DigestRuns.Run(Digest("date: 2026-11-30\nperiod: {from: 2026-12-31, to: 2026-01-01}\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Error);
        Assert.Equal("period.to", error.DataPath);
        Assert.Contains("the period ends on 2026-01-01, before it starts on 2026-12-31", error.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_week_far_from_the_date_is_warned_about_at_the_week()
    {
        var result = DigestRuns.Run(Digest("date: 2026-11-30\nweek: 2020-W05\n"));

        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
        Assert.Equal("week", warning.DataPath);
        Assert.Contains("the week 2020-W05 is more than a week from the digest's date 2026-11-30 (2026-W49)", warning.Message, StringComparison.Ordinal);
        Assert.True(result.Succeeded);
        Assert.DoesNotContain(DigestRuns.Run(Digest("date: 2026-11-30\nweek: 2026-W48\n")).Diagnostics, d => d.Severity == Diagnostics.Severity.Warning);
    }

    [Fact]
    public void Items_are_sorted_by_importance_then_newest_then_title()
    {
        var data = DigestRuns.Resolved(Digest("""
            date: 2026-11-30
            sections:
              - title: S
                items:
                  - { title: Low old, importance: low, date: 2026-11-01 }
                  - { title: No importance, date: 2026-11-20 }
                  - { title: High old, importance: high, date: 2026-11-02 }
                  - { title: High new, importance: high, date: 2026-11-25 }
                  - { title: B medium undated, importance: medium }
                  - { title: A medium undated, importance: medium }
            """));

        var titles = ((DataList)DigestRuns.Node(data, "sections[0].items")!).Items.Select(i => DigestRuns.At(i, "title")).ToList();
        Assert.Equal(["High new", "High old", "No importance", "A medium undated", "B medium undated", "Low old"], titles);
        Assert.Equal("medium", DigestRuns.At(data, "sections[0].items[2].importance"));
    }

    [Fact]
    public void An_address_listed_twice_is_kept_once_with_both_items_tags_and_a_warning_at_the_second()
    {
        var file = Digest("""
            date: 2026-11-30
            sections:
              - title: A
                items:
                  - { title: First, url: "https://Example.org/news/1/", tags: [one] }
              - title: B
                items:
                  - { title: Second, url: "https://example.org/news/1", tags: [two, one] }
                  - { title: Other, url: "https://example.org/news/2" }
            """);

        var result = DigestRuns.Run(file);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("sections[1].items[0].url", warning.DataPath);
        Assert.Equal(10, warning.Location.Line);
        Assert.Contains("sections[0].items[0]", warning.Message, StringComparison.Ordinal);
        var data = result.Data!;
        Assert.Equal(["one", "two"], ((DataList)DigestRuns.Node(data, "sections[0].items[0].tags")!).Items.Select(t => ((DataScalar)t).Text));
        Assert.Equal("Other", DigestRuns.At(data, "sections[1].items[0].title"));
        Assert.Null(DigestRuns.Node(data, "sections[1].items[1]"));
    }

    [Fact]
    public void The_listed_briefs_are_summarised_with_their_risks_scored_highest_first()
    {
        var data = DigestRuns.Resolved(DigestRuns.Example);

        Assert.Equal("Norway's policy towards Russia", DigestRuns.At(data, "briefs[0].title"));
        Assert.Equal("Fisheries management around Svalbard", DigestRuns.At(data, "briefs[1].title"));
        Assert.Equal("S1", DigestRuns.At(data, "briefs[1].risks[0].id"));
        Assert.Equal("12", DigestRuns.At(data, "briefs[1].risks[0].score"));
        Assert.Equal("high", DigestRuns.At(data, "briefs[1].risks[0].band"));
        Assert.Equal("reduced", DigestRuns.At(data, "briefs[1].cooperation[0].status"));
        Assert.Equal("Keep the research cruise schedule unchanged.", DigestRuns.At(data, "briefs[1].recommendations[2].text"));
        Assert.Null(DigestRuns.Node(data, "changes"));
    }

    [Fact]
    public void A_missing_brief_file_is_an_error_at_its_line()
    {
        var result = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files:\n  - briefs/none.yaml\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("brief_files[0]", error.DataPath);
        Assert.Equal(5, error.Location.Line);
        Assert.Contains("no brief data file 'briefs/none.yaml'", error.Message, StringComparison.Ordinal);
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_brief_marked_with_a_marking_object_is_summarised_by_its_banner()
    {
        _folder.Write("marked.yaml", "title: Marked brief\nclassification: { scheme: uk-gscp, level: OFFICIAL, descriptors: [SENSITIVE] }\n");
        var wrong = _folder.Write("wrong.yaml", "title: Wrong brief\nclassification:\n  scheme: uk-gscp\n  level: COSMIC\n");

        var data = DigestRuns.Resolved(Digest("date: 2026-11-30\nbrief_files: [marked.yaml]\n"));
        Assert.Equal("OFFICIAL-SENSITIVE", DigestRuns.At(data, "briefs[0].classification"));

        var result = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files: [wrong.yaml]\n"));
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((wrong, 4), (error.Location.File, error.Location.Line));
    }

    [Fact]
    public void A_brief_with_a_bad_risk_is_an_error_in_the_briefs_own_file()
    {
        var brief = _folder.Write("bad.yaml", "title: Bad brief\nrisks:\n  - title: R\n    likelihood: 9\n    impact: 2\n");

        var result = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files: [bad.yaml]\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(brief, error.Location.File);
        Assert.Equal(4, error.Location.Line);
        Assert.Contains("from 1 to 5", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("title: B\nkey_points: 5\n", 2, "key_points")]
    [InlineData("title: B\ndate: 2026-13-45\n", 2, "date")]
    [InlineData("title: B\ncooperation_areas: [{name: n, status: bogus}]\n", 2, "cooperation_areas[0].status")]
    [InlineData("title: B\nreference: {a: 1}\n", 2, "reference")]
    [InlineData("title: B\nrecommendations: [[1, 2]]\n", 2, "recommendations[0]")]
    [InlineData("template: weekly-digest\ntitle: B\n", 1, "template")]
    public void A_brief_value_of_the_wrong_kind_is_an_error_at_the_briefs_own_line(string content, int line, string path)
    {
        var brief = _folder.Write("brief.yaml", content);

        var result = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files: [brief.yaml]\n"));

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((brief, line, path), (error.Location.File, error.Location.Line, error.DataPath));
    }

    [Fact]
    public void A_brief_listed_twice_is_summarised_once_with_a_warning_and_a_digest_cannot_list_itself()
    {
        _folder.Write("brief.yaml", "title: B\n");
        var twice = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files: [brief.yaml, ./brief.yaml]\n"));
        Assert.True(twice.Succeeded, string.Join("\n", twice.Diagnostics));
        Assert.Contains(twice.Diagnostics, d => d.Severity == Severity.Warning && d.DataPath == "brief_files[1]");
        Assert.Single(((DataList)DigestRuns.Node(twice.Data!, "briefs")!).Items);

        var itself = DigestRuns.Run(Digest("date: 2026-11-30\nbrief_files: [digest.yaml]\n"));
        var error = Assert.Single(itself.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Contains("cannot list itself", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"date\": \"2026-12-31\"}", "not earlier than this digest's")]
    [InlineData("{\"date\": \"2026-11-23\", \"briefs\": [{\"file\": \"b.yaml\"}]}", "missing required field 'title'")]
    [InlineData("{\"date\": \"2026-11-23\", \"template\": \"policy-brief\"}", "expected one of weekly-digest")]
    [InlineData("{\"title\": \"x\"}", "missing required field 'date'")]
    public void A_snapshot_that_is_not_last_weeks_digest_is_an_error_at_its_own_line(string snapshot, string message)
    {
        var file = _folder.Write("last.snapshot.json", snapshot);
        var previous = DataLoader.Load(file).Root!;

        var result = DigestRuns.Run(DigestRuns.Example, previous);

        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(file, error.Location.File);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_without_a_folder_reads_no_brief_files_and_says_so()
    {
        // Sent to the service, or read back from a paper: the digest is made without the briefs, never from files the data names.
        var engine = TestEngines.Load(DigestRuns.Pack);

        var result = engine.Render(DataSource.FromText("title: D\ndate: 2026-11-30\nbrief_files: [/etc/passwd]\n", "data.yaml"));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Warning);
        Assert.Equal("brief_files", warning.DataPath);
        Assert.Contains("read only beside a digest file on disk", warning.Message, StringComparison.Ordinal);
        Assert.Empty(((DataList)((DataMap)result.Data!)["briefs"]!).Items);
    }

    [Fact]
    public void Against_last_weeks_snapshot_every_kind_of_change_is_marked()
    {
        var previous = DataLoader.Load(DigestRuns.PreviousSnapshot).Root!;

        var data = DigestRuns.Resolved(DigestRuns.Example, previous);

        Assert.Equal("2026-11-23", DigestRuns.At(data, "changes.since"));
        Assert.Equal("true", DigestRuns.At(data, "sections[0].items[0].change.new"));
        Assert.Null(DigestRuns.Node(data, "sections[1].items[1].change"));
        Assert.Equal("Search and rescue exercise Barents 2026 concluded", DigestRuns.At(data, "changes.no_longer_covered[0].title"));
        Assert.Equal("item", DigestRuns.At(data, "changes.no_longer_covered[0].kind"));
        Assert.Equal("8", DigestRuns.At(data, "briefs[1].risks[0].change.previous_score"));
        Assert.Equal("up", DigestRuns.At(data, "briefs[1].risks[0].change.direction"));
        Assert.Equal("medium", DigestRuns.At(data, "briefs[1].risks[0].change.previous_band"));
        Assert.Equal("true", DigestRuns.At(data, "briefs[1].risks[0].change.band_changed"));
        Assert.Equal("active", DigestRuns.At(data, "briefs[1].cooperation[0].change.previous_status"));
        Assert.Equal("true", DigestRuns.At(data, "briefs[1].recommendations[1].change.new"));
        Assert.Equal("Propose a technical meeting on catch reporting before the January session.", DigestRuns.At(data, "changes.recommendations_added[0].text"));
        Assert.Equal("8", DigestRuns.At(data, "changes.count"));
    }

    [Fact]
    public void A_dropped_recommendation_a_new_brief_and_a_brief_gone_are_marked()
    {
        var previous = (DataMap)DataLoader.Load(DigestRuns.PreviousSnapshot).Root!;
        var current = DigestRuns.Resolved(DigestRuns.Example);
        // Last week: the Svalbard brief had one more recommendation, the Russia brief was not there, and a third brief was.
        var svalbard = (DataMap)DigestRuns.Node(previous, "briefs[1]")!;
        var extra = new DataMap(svalbard.Location, [new DataMapEntry("text", svalbard.Location, new DataScalar(svalbard.Location, "Close the liaison office.", ScalarKind.String))]);
        svalbard = With(svalbard, "recommendations", new DataList(svalbard.Location, [.. ((DataList)svalbard["recommendations"]!).Items, extra]));
        var gone = With(svalbard, "title", new DataScalar(svalbard.Location, "Old brief", ScalarKind.String));
        gone = With(gone, "reference", new DataScalar(svalbard.Location, "POL-2026/0001", ScalarKind.String));
        previous = With(previous, "briefs", new DataList(previous.Location, [svalbard, gone]));

        var data = DigestRuns.Resolved(DigestRuns.Example, previous);

        Assert.Equal("true", DigestRuns.At(data, "briefs[0].change.new"));
        Assert.Equal("Norway's policy towards Russia", DigestRuns.At(data, "changes.new_briefs[0].title"));
        Assert.Equal("Close the liaison office.", DigestRuns.At(data, "briefs[1].change.recommendations_dropped[0]"));
        Assert.Equal("Close the liaison office.", DigestRuns.At(data, "changes.recommendations_dropped[0].text"));
        Assert.Contains(((DataList)DigestRuns.Node(data, "changes.no_longer_covered")!).Items, g => DigestRuns.At(g, "title") == "Old brief" && DigestRuns.At(g, "kind") == "brief");
        Assert.NotNull(current);
    }

    [Fact]
    public void The_snapshot_is_the_same_bytes_for_the_same_inputs_and_carries_no_change_marks()
    {
        var previous = DataLoader.Load(DigestRuns.PreviousSnapshot).Root!;

        var plain = DigestSnapshot.Of(DigestRuns.Resolved(DigestRuns.Example));
        var again = DigestSnapshot.Of(DigestRuns.Resolved(DigestRuns.Example));
        var marked = DigestSnapshot.Of(DigestRuns.Resolved(DigestRuns.Example, previous));

        Assert.Equal(plain, again);
        Assert.Equal(plain, marked);
        var text = System.Text.Encoding.UTF8.GetString(plain);
        Assert.DoesNotContain("\"change", text, StringComparison.Ordinal);
        Assert.Equal("high-north-2026-W49.snapshot.json", DigestSnapshot.FileName("high-north", DataLoader.Parse(text, "s.json").Root!));
    }

    [Fact]
    public void Change_marks_written_in_the_data_file_are_not_believed()
    {
        var data = DigestRuns.Resolved(Digest("""
            date: 2026-11-30
            changes: { since: "2000-01-01", count: 99 }
            sections:
              - title: S
                items:
                  - { title: Item, change: { new: true } }
            """));

        Assert.Null(DigestRuns.Node(data, "changes"));
        Assert.Null(DigestRuns.Node(data, "sections[0].items[0].change"));
    }

    private string Digest(string body) => _folder.Write("digest.yaml", "template: weekly-digest\ntitle: Digest\n" + body);

    private static DataMap With(DataMap map, string key, DataNode value) =>
        new(map.Location, map.Entries.Select(e => e.Key == key ? e with { Value = value } : e).ToList());
}
