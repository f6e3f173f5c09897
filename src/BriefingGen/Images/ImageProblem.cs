namespace BriefingGen.Images;

/// <summary>Why a picture is refused, which decides how the message begins.</summary>
internal enum ImageProblem
{
    /// <summary>The file breaks its format's rules.</summary>
    Damaged,

    /// <summary>The file is valid but uses a feature the renderers cannot show.</summary>
    Unsupported,

    /// <summary>The picture is beyond the limits.</summary>
    TooLarge,
}
