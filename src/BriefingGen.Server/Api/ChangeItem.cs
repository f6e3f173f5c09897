namespace BriefingGen.Server.Api;

/// <summary>One change made to a paper's data since it was made, as the API reports it.</summary>
/// <param name="Kind"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Path">The data path, such as <c>risks[1].likelihood</c>.</param>
/// <param name="Text">The change in one line, as <c>briefgen extract</c> prints it.</param>
internal sealed record ChangeItem(string Kind, string Path, string Text);
