namespace BriefingGen.Rendering;

/// <summary>
/// A renderer cannot finish for a reason the user can fix (no usable font installed, a picture in
/// an unsupported encoding). The generator reports it as an error diagnostic, not a crash.
/// </summary>
/// <param name="message">What is wrong and how to fix it.</param>
public sealed class RenderException(string message) : Exception(message);
