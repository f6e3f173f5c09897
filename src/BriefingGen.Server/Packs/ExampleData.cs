namespace BriefingGen.Server.Packs;

/// <summary>Sample data a pack ships, which the workspace starts from.</summary>
/// <param name="FileName">The example's file name, e.g. <c>norway-russia.yaml</c>.</param>
/// <param name="Format"><c>yaml</c> or <c>json</c>.</param>
/// <param name="Data">The text.</param>
internal sealed record ExampleData(string FileName, string Format, string Data);
