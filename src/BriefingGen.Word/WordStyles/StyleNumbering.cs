namespace BriefingGen.Word.WordStyles;

/// <summary>The numbering instances Word styles carry in their own properties, so the numbering travels with the style.</summary>
/// <param name="Headings">The instance Heading 1–3 use, or null when headings are not numbered.</param>
/// <param name="Bullets">The instance of the List Bullet style.</param>
/// <param name="Numbers">The instance of the List Number style.</param>
internal sealed record StyleNumbering(int? Headings, int Bullets, int Numbers);
