namespace BriefingGen.Html.Css;

/// <summary>
/// One named look an element wears: in a page, a class whose rule <see cref="Css"/> makes (once);
/// in an e-mail, the same declarations inline.
/// </summary>
/// <param name="Key">What the look is, e.g. <c>p-heading-1</c> or <c>shade-risk-high</c>; the class name is made from it.</param>
/// <param name="Css">The declarations, made only when first needed.</param>
internal readonly record struct Look(string Key, Func<CssDeclarations> Css);
