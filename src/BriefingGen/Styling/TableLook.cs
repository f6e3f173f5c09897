namespace BriefingGen.Styling;

/// <summary>How tables are ruled and padded; cell text uses the <c>table-text</c> and <c>table-header</c> roles.</summary>
/// <param name="HeaderFill">The header rows' background.</param>
/// <param name="RuleColor">The colour of the rules between rows.</param>
/// <param name="RuleWidth">The thickness of those rules, in points.</param>
/// <param name="CellPadding">Space inside every cell.</param>
/// <param name="SpaceAfter">Space below a table, in points.</param>
public sealed record TableLook(string HeaderFill, string RuleColor, double RuleWidth, Padding CellPadding, double SpaceAfter);
