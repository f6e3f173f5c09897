namespace BriefingGen.Images.Svg;

/// <summary>One element of an SVG file as read: its local name, its attributes (by local name, SVG's and xlink's only) and where it stands.</summary>
/// <param name="Name">The local name, such as <c>path</c>.</param>
/// <param name="IsSvg">True when the element is in the SVG namespace (or in none); others (editors' metadata) are not drawn.</param>
/// <param name="Attributes">The attributes that matter for drawing.</param>
/// <param name="Children">The child elements in order.</param>
/// <param name="Line">The 1-based line of the start tag.</param>
/// <param name="Column">The 1-based column of the start tag.</param>
internal sealed record SvgElement(string Name, bool IsSvg, IReadOnlyDictionary<string, string> Attributes, List<SvgElement> Children, int Line, int Column)
{
    /// <summary>Where the element starts, as <c>line:column</c>.</summary>
    public string Where => $"{Line}:{Column}";

    /// <summary>The attribute's value, or null.</summary>
    public string? this[string name] => Attributes.TryGetValue(name, out var value) ? value : null;

    /// <summary>The element with its name and position, for messages: <c>&lt;text&gt; at 12:5</c>.</summary>
    public string Describe() => $"<{Name}> at {Where}";
}
