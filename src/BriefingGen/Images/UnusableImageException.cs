namespace BriefingGen.Images;

/// <summary>
/// A picture cannot be used: it is damaged, uses a feature we do not support, or is beyond the
/// limits. Thrown from deep inside the decoders, where a row or a marker goes wrong, and caught by
/// <see cref="ImageLoader"/>, which turns it into a diagnostic naming the file; it never leaves
/// the library.
/// </summary>
internal sealed class UnusableImageException : Exception
{
    private readonly ImageProblem _problem;

    private UnusableImageException(ImageProblem problem, string reason)
        : base(reason) => _problem = problem;

    /// <summary>The file breaks its format's rules: a reader would fail or guess.</summary>
    public static UnusableImageException Damaged(string reason) => new(ImageProblem.Damaged, reason);

    /// <summary>The file is valid but uses something the renderers cannot show faithfully.</summary>
    public static UnusableImageException Unsupported(string reason) => new(ImageProblem.Unsupported, reason);

    /// <summary>The picture is beyond <see cref="ImageLimits"/>; <paramref name="reason"/> reads on from its name.</summary>
    public static UnusableImageException TooLarge(string reason) => new(ImageProblem.TooLarge, reason);

    /// <summary>The message for a user, about <paramref name="subject"/>: the picture as they named it, such as <c>image 'map.png'</c>.</summary>
    public string Describe(string subject) => _problem switch
    {
        ImageProblem.Damaged => $"{subject} is damaged: {Message}",
        ImageProblem.Unsupported => $"{subject} cannot be used: {Message}",
        _ => $"{subject} {Message}",
    };
}
