namespace BriefingGen.Cli.Tests.Hostile;

/// <summary>
/// Class 5, counted in bytes: the allocation counter is the whole process's, so these tests run
/// alone (<see cref="AloneCollection"/>), with nothing else allocating beside them.
/// </summary>
[Collection(AloneCollection.Name)]
public class SchemaMemoryTests
{
    [Fact]
    public void A_schema_declaring_many_fields_costs_nothing_for_items_that_leave_them_out()
    {
        using var h = new Hostile();
        var pack = h.CopyPack();
        var schemaPath = Path.Combine(pack, "schema.json");
        var fields = string.Join(", ", Enumerable.Range(0, 1_000).Select(i => $"\"f{i}\": {{\"type\": \"string\"}}"));
        var schema = File.ReadAllText(schemaPath).Replace("\"key_points\": {", $"\"extras\": {{\"type\": \"array\", \"items\": {{\"type\": \"object\", \"properties\": {{{fields}}}}}}},\n    \"key_points\": {{", StringComparison.Ordinal);
        Assert.Contains("\"extras\"", schema, StringComparison.Ordinal);
        File.WriteAllText(schemaPath, schema);
        var data = h.Folder.Write("many.json", "{\"title\": \"T\", \"date\": \"2026-10-05\", \"summary\": \"S\", \"pillars\": [{\"name\": \"P\"}], \"extras\": [" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]}");
        var before = GC.GetTotalAllocatedBytes();
        var (exit, error) = h.Run("render", data, "--template", pack, "--format", "md", "--out", h.Out);
        Assert.True(exit == 0, error);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 1_000_000_000, $"{(GC.GetTotalAllocatedBytes() - before) / 1_000_000} MB allocated");
    }
}
