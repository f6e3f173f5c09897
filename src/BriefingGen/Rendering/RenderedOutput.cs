namespace BriefingGen.Rendering;

/// <summary>One finished file, in memory until the caller decides where it goes.</summary>
/// <param name="Format">The format's name, e.g. <c>docx</c>.</param>
/// <param name="Extension">The file extension, with the dot.</param>
/// <param name="Bytes">The file's contents.</param>
public sealed record RenderedOutput(string Format, string Extension, ReadOnlyMemory<byte> Bytes);
