namespace BriefingGen.Images.Svg;

/// <summary>
/// An affine transform as SVG and PDF write it, <c>[a b c d e f]</c>: a point (x, y) goes to
/// (a·x + c·y + e, b·x + d·y + f) (SVG 1.1 §7.4, ISO 32000-1 §8.3.3).
/// </summary>
/// <param name="A">Scale and rotation, x from x.</param>
/// <param name="B">y from x.</param>
/// <param name="C">x from y.</param>
/// <param name="D">y from y.</param>
/// <param name="E">Translation in x.</param>
/// <param name="F">Translation in y.</param>
public readonly record struct Matrix2D(double A, double B, double C, double D, double E, double F)
{
    /// <summary>The transform that changes nothing.</summary>
    public static Matrix2D Identity { get; } = new(1, 0, 0, 1, 0, 0);

    /// <summary>A move by (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static Matrix2D Translate(double x, double y) => new(1, 0, 0, 1, x, y);

    /// <summary>A scale by <paramref name="x"/> across and <paramref name="y"/> down.</summary>
    public static Matrix2D Scale(double x, double y) => new(x, 0, 0, y, 0, 0);

    /// <summary>A rotation by <paramref name="degrees"/>, clockwise on screen (y down).</summary>
    public static Matrix2D Rotate(double degrees)
    {
        var r = degrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(r);
        return new(cos, sin, -sin, cos, 0, 0);
    }

    /// <summary>The transform that applies <paramref name="inner"/> first, then this one.</summary>
    public Matrix2D Times(Matrix2D inner) => new(
        (A * inner.A) + (C * inner.B),
        (B * inner.A) + (D * inner.B),
        (A * inner.C) + (C * inner.D),
        (B * inner.C) + (D * inner.D),
        (A * inner.E) + (C * inner.F) + E,
        (B * inner.E) + (D * inner.F) + F);

    /// <summary>Where the point (<paramref name="x"/>, <paramref name="y"/>) goes.</summary>
    public (double X, double Y) Apply(double x, double y) => ((A * x) + (C * y) + E, (B * x) + (D * y) + F);

    /// <summary>How much the transform scales lengths on average: the square root of its determinant's size.</summary>
    public double MeanScale => Math.Sqrt(Math.Abs((A * D) - (B * C)));
}
