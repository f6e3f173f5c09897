using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// A renderer cannot finish for a reason the user can fix (no usable font installed, a picture in
/// an unsupported encoding). The engine reports it as an error diagnostic, at the data it concerns
/// when known, not as a crash.
/// </summary>
/// <param name="message">What is wrong and how to fix it.</param>
/// <param name="origin">The data the problem is in, or null.</param>
public sealed class RenderException(string message, Origin? origin = null) : Exception(message)
{
    /// <summary>The data the problem is in, or null.</summary>
    public Origin? Origin { get; } = origin;
}
