namespace BriefingGen.Styling;

/// <summary>Inner space on each side of a box, in points.</summary>
/// <param name="Left">Left.</param>
/// <param name="Top">Top.</param>
/// <param name="Right">Right.</param>
/// <param name="Bottom">Bottom.</param>
public readonly record struct Padding(double Left, double Top, double Right, double Bottom)
{
    /// <summary>The same space on the left and right, and on top and bottom.</summary>
    public static Padding Symmetric(double horizontal, double vertical) => new(horizontal, vertical, horizontal, vertical);
}
