using BriefingGen.Model;

namespace BriefingGen.Compose;

/// <summary>
/// Where a template starts a new section (the <c>section</c> function). It lives only between the
/// composer and the Markdown stage, which splits the paper's blocks into <see cref="Section"/>s at
/// each one; it never reaches a renderer.
/// </summary>
/// <param name="Settings">How the new section differs from the paper's defaults.</param>
internal sealed record SectionBreak(SectionSettings Settings) : Block;
