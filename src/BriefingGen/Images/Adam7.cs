namespace BriefingGen.Images;

/// <summary>
/// The seven passes of Adam7 interlacing (PNG spec §8.2): each a sub-image of every
/// <c>StepX</c>-th pixel from <c>X</c> in every <c>StepY</c>-th row from <c>Y</c>. A picture without
/// interlacing is one pass of every pixel.
/// </summary>
internal readonly record struct Adam7(int X, int Y, int StepX, int StepY)
{
    /// <summary>The passes of an interlaced picture, in file order.</summary>
    public static IReadOnlyList<Adam7> Passes { get; } =
    [
        new(0, 0, 8, 8), new(4, 0, 8, 8), new(0, 4, 4, 8), new(2, 0, 4, 4), new(0, 2, 2, 4), new(1, 0, 2, 2), new(0, 1, 1, 2),
    ];

    /// <summary>The single pass of a picture without interlacing.</summary>
    public static IReadOnlyList<Adam7> Whole { get; } = [new(0, 0, 1, 1)];

    /// <summary>The passes of a picture with <paramref name="header"/>.</summary>
    public static IReadOnlyList<Adam7> For(PngHeader header) => header.Interlaced ? Passes : Whole;

    /// <summary>The pass's width in a picture <paramref name="width"/> pixels wide; 0 when it has no pixels.</summary>
    public int Width(int width) => width > X ? ((width - X + StepX - 1) / StepX) : 0;

    /// <summary>The pass's height in a picture <paramref name="height"/> pixels high; 0 when it has no rows.</summary>
    public int Height(int height) => height > Y ? ((height - Y + StepY - 1) / StepY) : 0;
}
