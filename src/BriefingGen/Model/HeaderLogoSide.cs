namespace BriefingGen.Model;

/// <summary>The side of the running header a logo stands at; that side's text follows it on the same line.</summary>
public enum HeaderLogoSide
{
    /// <summary>At the left margin, before the left text.</summary>
    Left,

    /// <summary>At the right margin, after the right text.</summary>
    Right,
}
