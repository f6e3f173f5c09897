using BriefingGen.Images;
using BriefingGen.Model;

namespace BriefingGen.Tests.Images;

/// <summary>Runs the loader's check on bytes and gives its verdict as text, so a test can say what it expects.</summary>
internal static class Refusal
{
    /// <summary>The message a picture named <paramref name="name"/> is refused with, or null when it is accepted.</summary>
    public static string? Of(byte[] bytes, string name = "x.png", ImageLimits? limits = null)
    {
        try
        {
            ImageLoader.Read(bytes, limits ?? ImageLimits.Default);
            return null;
        }
        catch (UnusableImageException e)
        {
            return e.Describe($"image '{name}'");
        }
    }

    /// <summary>The picture when accepted, else null.</summary>
    public static ImageData? Accepted(byte[] bytes)
    {
        try
        {
            return ImageLoader.Read(bytes, ImageLimits.Default);
        }
        catch (UnusableImageException)
        {
            return null;
        }
    }
}
