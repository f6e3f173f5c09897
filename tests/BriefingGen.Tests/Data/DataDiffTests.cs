using BriefingGen.Data;
using BriefingGen.Testing;

namespace BriefingGen.Tests.Data;

public class DataDiffTests
{
    private static readonly string SampleText = File.ReadAllText(RepositoryPaths.Sample);

    private static DataNode Sample => Yaml(SampleText);

    private static DataNode Yaml(string text) =>
        DataLoader.Parse(text, "brief.yaml") is { Succeeded: true, Root: { } root } ? root : throw new ArgumentException("unreadable test data");

    /// <summary>The sample with <paramref name="old"/> replaced by <paramref name="replacement"/>, which must occur exactly once.</summary>
    private static DataNode EditedSample(string old, string replacement)
    {
        Assert.Equal(SampleText.IndexOf(old, StringComparison.Ordinal), SampleText.LastIndexOf(old, StringComparison.Ordinal));
        Assert.Contains(old, SampleText, StringComparison.Ordinal);
        return Yaml(SampleText.Replace(old, replacement, StringComparison.Ordinal));
    }

    private static string[] Describe(DataNode before, DataNode after) => DataDiff.Compare(before, after).Select(c => c.ToString()).ToArray();

    [Fact]
    public void The_sample_compared_with_itself_or_a_rewritten_copy_has_no_changes()
    {
        Assert.Empty(DataDiff.Compare(Sample, Sample));
        Assert.Empty(DataDiff.Compare(Sample, Yaml(YamlDataWriter.Write(Sample))));
        Assert.Empty(DataDiff.Compare(Sample, DataLoader.Parse(JsonDataWriter.Write(Sample), "brief.json").Root!));
    }

    [Fact]
    public void One_risks_likelihood_changed()
    {
        var after = EditedSample("    likelihood: 3\n    impact: 4\n", "    likelihood: 4\n    impact: 4\n");
        var change = Assert.Single(DataDiff.Compare(Sample, after));
        Assert.Equal(DataChangeKind.Changed, change.Kind);
        Assert.Equal(DataPath.Parse("risks[3].likelihood"), change.BeforePath);
        Assert.Equal(DataPath.Parse("risks[3].likelihood"), change.AfterPath);
        Assert.Equal("changed risks[3].likelihood: 3 → 4", change.ToString());
        Assert.Same(DataPath.Find(after, change.AfterPath!), change.After);
    }

    [Fact]
    public void A_cooperation_areas_status_changed()
    {
        var after = EditedSample("status: paused", "status: active");
        Assert.Equal(["changed cooperation_areas[3].status: paused → active"], Describe(Sample, after));
    }

    [Fact]
    public void A_source_removed()
    {
        var after = TreeEdit.Replace(Sample, DataPath.Parse("sources[2]"), _ => null);
        var change = Assert.Single(DataDiff.Compare(Sample, after));
        Assert.Equal(DataChangeKind.Removed, change.Kind);
        Assert.Null(change.AfterPath);
        Assert.Null(change.After);
        Assert.Equal("removed sources[2] (title: The Joint Norwegian–Russian Fisheries Commission)", change.ToString());
    }

    [Fact]
    public void A_cooperation_area_removed_names_what_it_was()
    {
        var after = TreeEdit.Replace(Sample, DataPath.Parse("cooperation_areas[3]"), _ => null);
        Assert.Equal(["removed cooperation_areas[3] (name: Climate)"], Describe(Sample, after));
    }

    [Fact]
    public void A_recommendation_added()
    {
        var recommendation = Yaml("text: Review the policy after the Commission meets.\npriority: low\ndecision_by: 2026-12-01\n");
        var after = TreeEdit.Insert(Sample, DataPath.Parse("recommendations"), 4, recommendation);
        var change = Assert.Single(DataDiff.Compare(Sample, after));
        Assert.Equal(DataChangeKind.Added, change.Kind);
        Assert.Null(change.BeforePath);
        Assert.Equal(recommendation, change.After);
        Assert.Equal("added recommendations[4]", change.ToString());
    }

    [Fact]
    public void Risks_reordered_only_are_no_change()
    {
        var after = TreeEdit.Reorder(Sample, DataPath.Parse("risks"), 5, 3, 1, 0, 2, 4);
        Assert.NotEqual(Sample, after);
        Assert.Empty(DataDiff.Compare(Sample, after));
    }

    [Fact]
    public void A_moved_risk_that_changed_reports_both_paths()
    {
        var moved = TreeEdit.Reorder(Sample, DataPath.Parse("risks"), 1, 2, 3, 4, 5, 0);
        var after = TreeEdit.Replace(moved, DataPath.Parse("risks[5].impact"), _ => TreeEdit.Number("4"));
        var change = Assert.Single(DataDiff.Compare(Sample, after));
        Assert.Equal(DataPath.Parse("risks[0].impact"), change.BeforePath);
        Assert.Equal(DataPath.Parse("risks[5].impact"), change.AfterPath);
        Assert.Equal("changed risks[5].impact (was risks[0].impact): 5 → 4", change.ToString());
    }

    /// <summary>Pillars are identified by <c>name</c>, so a new name is a new pillar: the old one removed, the new one added.</summary>
    [Fact]
    public void A_renamed_pillar_is_removed_and_added()
    {
        var after = EditedSample("- name: Practical cooperation with Russia", "- name: Pragmatic cooperation with Russia");
        Assert.Equal(
            ["removed pillars[1] (name: Practical cooperation with Russia)", "added pillars[1] (name: Pragmatic cooperation with Russia)"],
            Describe(Sample, after));
    }

    [Fact]
    public void Lists_of_scalars_compare_by_index()
    {
        var changedOne = TreeEdit.Replace(Sample, DataPath.Parse("key_points[1]"), _ => TreeEdit.Text("Keep cooperation running."));
        Assert.Equal(DataPath.Parse("key_points[1]"), Assert.Single(DataDiff.Compare(Sample, changedOne)).Path);

        var appended = TreeEdit.Insert(Sample, DataPath.Parse("key_points"), 4, TreeEdit.Text("Review in spring."));
        Assert.Equal(["added key_points[4]: Review in spring."], Describe(Sample, appended));
        Assert.Equal(["removed key_points[4]: Review in spring."], Describe(appended, Sample));

        // An insertion at the front shifts every item: by index, each is changed and the last added.
        var prepended = TreeEdit.Insert(Sample, DataPath.Parse("key_points"), 0, TreeEdit.Text("First."));
        var changes = DataDiff.Compare(Sample, prepended);
        Assert.Equal([DataChangeKind.Changed, DataChangeKind.Changed, DataChangeKind.Changed, DataChangeKind.Changed, DataChangeKind.Added], changes.Select(c => c.Kind));
    }

    [Fact]
    public void Several_edits_come_in_document_order()
    {
        var after = EditedSample("status: paused", "status: active");
        after = TreeEdit.Replace(after, DataPath.Parse("title"), _ => TreeEdit.Text("Norway and Russia"));
        after = TreeEdit.Replace(after, DataPath.Parse("audience"), _ => null);
        after = TreeEdit.Add(after, DataPath.Root, "review_date", TreeEdit.Text("2027-01-15"));
        after = TreeEdit.Replace(after, DataPath.Parse("risks[1]"), _ => null);
        Assert.Equal(
            [
                "changed title: Norway's policy towards Russia → Norway and Russia",
                "removed audience: Minister of Foreign Affairs",
                "changed cooperation_areas[3].status: paused → active",
                "removed risks[1] (id: R2)",
                "added review_date: 2027-01-15",
            ],
            Describe(Sample, after));
    }

    [Fact]
    public void A_node_of_another_shape_is_one_change()
    {
        var after = TreeEdit.Replace(Sample, DataPath.Parse("author"), _ => TreeEdit.Text("Ingrid Haugen"));
        Assert.Equal(["changed author: a map (name: Ingrid Haugen) → Ingrid Haugen"], Describe(Sample, after));
        Assert.Equal(["changed (root): a map (title: Norway's policy towards Russia) → []"], Describe(Sample, Yaml("[]")));
        Assert.Equal(["changed list: a list of 2 items → a map of 1 field"], Describe(Yaml("list: [1, 2]"), Yaml("list: {a: 1}")));
    }

    [Fact]
    public void Values_compare_as_equality_does()
    {
        Assert.Empty(DataDiff.Compare(Yaml("a: 1.50\nb: True\nc: ~\n"), Yaml("c: null\nb: true\na: 1.5\n")));
        Assert.Equal(["changed a: \"3\" → 3"], Describe(Yaml("a: '3'"), Yaml("a: 3")));
        Assert.Equal(["changed a: \"\" → null"], Describe(Yaml("a: ''"), Yaml("a:")));
        Assert.Equal(["changed a: \"two\\nlines\" → one line"], Describe(Yaml("a: \"two\\nlines\""), Yaml("a: one line")));
    }

    [Fact]
    public void Long_values_are_cut_short_in_the_description()
    {
        var text = string.Concat(Enumerable.Repeat("😀", 100));
        var description = Describe(Yaml("a: x"), Yaml($"a: {text}")).Single();
        Assert.EndsWith("…", description, StringComparison.Ordinal);
        Assert.True(description.Length < 120);
        Assert.DoesNotContain('\uFFFD', System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(description)));
    }

    [Fact]
    public void The_first_identity_key_that_fits_is_used()
    {
        // Both keys identify the items: id wins, so a new name is a changed field, not a new item.
        var before = Yaml("- {id: 1, name: A}\n- {id: 2, name: B}\n");
        var after = Yaml("- {id: 2, name: B}\n- {id: 1, name: C}\n");
        Assert.Equal(["changed [1].name (was [0].name): A → C"], Describe(before, after));

        // Two items share an id, so name identifies them instead.
        before = Yaml("- {id: 1, name: A, v: 1}\n- {id: 1, name: B, v: 2}\n");
        after = Yaml("- {id: 1, name: B, v: 2}\n- {id: 1, name: A, v: 1}\n");
        Assert.Empty(DataDiff.Compare(before, after));

        // Integer 7 and number 7.0 are the same identity.
        Assert.Empty(DataDiff.Compare(Yaml("[{id: 7, v: x}, {id: 8}]"), Yaml("[{id: 8}, {id: 7.0, v: x}]")));
    }

    [Fact]
    public void One_item_without_an_identity_makes_the_list_compare_by_index()
    {
        var before = Yaml("- {id: R1, v: 1}\n- {id: R2, v: 2}\n");
        var after = Yaml("- {id: R2, v: 2}\n- {id: R1, v: 1}\n- {v: 3}\n");
        Assert.Equal(
            ["changed [0].id: R1 → R2", "changed [0].v: 1 → 2", "changed [1].id: R2 → R1", "changed [1].v: 2 → 1", "added [2]"],
            Describe(before, after));
    }

    [Fact]
    public void Removed_items_are_placed_where_they_stood()
    {
        var before = Yaml("- {id: a}\n- {id: b}\n- {id: c}\n- {id: d}\n");
        var after = Yaml("- {id: c}\n- {id: e}\n- {id: a}\n");
        Assert.Equal(["added [1] (id: e)", "removed [1] (id: b)", "removed [3] (id: d)"], Describe(before, after).Order(StringComparer.Ordinal));
        Assert.Equal(["removed [3] (id: d)", "added [1] (id: e)", "removed [1] (id: b)"], Describe(before, after));
    }
}
