namespace BriefingGen.Styling;

/// <summary>
/// A paragraph role a component adds to the stylesheet: its look derived from an existing role's,
/// so it follows the theme (a risk matrix's cell text is table text, bold and centred).
/// </summary>
/// <param name="Role">The new role's name.</param>
/// <param name="BasedOn">The role it derives from.</param>
/// <param name="Derive">Turns the base look into this role's.</param>
public sealed record RoleDefinition(string Role, string BasedOn, Func<ParagraphLook, ParagraphLook> Derive);
