namespace BriefingGen.Styling;

/// <summary>A background and text colour pair (RRGGBB), with an optional border colour.</summary>
/// <param name="Fill">The background.</param>
/// <param name="Text">The text drawn on it; chosen for contrast.</param>
/// <param name="Border">A border or accent rule, or null for none.</param>
public sealed record Shade(string Fill, string Text, string? Border = null)
{
    /// <summary>Needed by the YAML reader, which fills properties after construction.</summary>
    public Shade()
        : this("FFFFFF", "000000")
    {
    }
}
