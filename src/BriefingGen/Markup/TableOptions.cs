using BriefingGen.Model;

namespace BriefingGen.Markup;

/// <summary>
/// What a template asks of the table written on the line right below its <c>table_options</c>
/// call. It lives only between the composer and the Markdown stage, which folds it into that
/// table; it never reaches a renderer.
/// </summary>
/// <param name="DropEmptyColumns">True to leave out every column whose body cells are all empty.</param>
/// <param name="Title">The table's title for screen readers, or null.</param>
/// <param name="Description">What the table holds, for screen readers, or null.</param>
internal sealed record TableOptions(bool DropEmptyColumns, string? Title, string? Description) : Block;
