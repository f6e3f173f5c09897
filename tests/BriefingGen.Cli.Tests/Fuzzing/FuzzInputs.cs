using System.Text;
using BriefingGen.Data;
using BriefingGen.Testing;
using CsCheck;

namespace BriefingGen.Cli.Tests.Fuzzing;

/// <summary>
/// Every fuzz input starts from the shipped sample: as its own YAML text, or read to a tree and
/// written back as YAML or JSON. Tree-level cases edit the tree (<see cref="TreeMutations"/>);
/// text-level cases change the bytes (<see cref="TextMutations"/>); some do both, the bytes of an
/// edited tree changed in turn.
/// </summary>
internal static class FuzzInputs
{
    /// <summary>The sample as it is shipped.</summary>
    public static string SampleText { get; } = File.ReadAllText(RepositoryPaths.Sample);

    /// <summary>The sample read to a tree.</summary>
    public static DataNode SampleTree { get; } = DataLoader.Parse(SampleText, "norway-russia.yaml").Root
        ?? throw new InvalidOperationException("the sample does not read");

    private static readonly TreeMutations Tree = new(SampleTree);

    private static readonly Gen<FuzzCase> Bases = Gen.OneOf(
        Gen.Const(new FuzzCase(".yaml", Encoding.UTF8.GetBytes(SampleText), ["the sample's own text"], SampleTree)),
        Gen.Const(FuzzCase.FromTree(SampleTree, json: false, ["the sample read to a tree"])),
        Gen.Const(FuzzCase.FromTree(SampleTree, json: true, ["the sample read to a tree"])));

    private static readonly Gen<FuzzCase> TreeLevel = Gen.Select(Tree.Edits, Gen.Bool, (edits, json) =>
    {
        var tree = TreeEdit.ApplyAll(SampleTree, edits) ?? HostileValues.Map();
        return FuzzCase.FromTree(tree, json, ["the sample read to a tree", .. edits.Select(e => e.Description)]);
    });

    private static Gen<FuzzCase> TextLevel(Gen<FuzzCase> start) => Gen.Select(start, TextMutations.Mutations, Gen.Int[0, 5], (input, mutations, renamed) =>
    {
        var (bytes, steps) = TextMutations.Apply(input.Bytes, mutations);
        // Now and then the extension no longer matches what the text is written in.
        var extension = renamed switch { 0 => ".json", 1 => ".yml", _ => input.Extension };
        return new FuzzCase(extension, bytes, [.. input.Recipe, .. steps, .. extension == input.Extension ? Array.Empty<string>() : ["saved as " + extension]], null);
    });

    /// <summary>
    /// Any input: three in four made at the tree level, most of which still render and so reach the
    /// writers; the rest made at the text level, most of which the readers must refuse.
    /// </summary>
    public static readonly Gen<FuzzCase> Any = Gen.Frequency(
        (15, TreeLevel),
        (4, TextLevel(Bases)),
        (1, TextLevel(TreeLevel)));
}
