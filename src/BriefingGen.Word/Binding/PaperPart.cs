using System.Globalization;

namespace BriefingGen.Word.Binding;

/// <summary>
/// The names of the custom XML part a paper carries its data in: the namespace, the elements and
/// attributes, and the XPath a bound content control uses to reach its field. Fields are reached
/// by position, never by a key or a value, so no text from the data ever lands in an XPath.
/// <code>
/// &lt;paper xmlns="urn:briefinggen:paper:1" pack="policy-brief" version="2.0"&gt;
///   &lt;data&gt;&lt;map&gt;&lt;entry key="title"&gt;&lt;string&gt;Norway's policy…&lt;/string&gt;&lt;/entry&gt;…&lt;/map&gt;&lt;/data&gt;
///   &lt;fields&gt;&lt;field path="title" label="Title" form="text" printed="Norway’s policy…"&gt;Norway’s policy…&lt;/field&gt;…&lt;/fields&gt;
/// &lt;/paper&gt;
/// </code>
/// </summary>
internal static class PaperPart
{
    /// <summary>Our namespace; the part is found by it.</summary>
    public const string Namespace = "urn:briefinggen:paper:1";

    /// <summary>The prefix the controls' XPath uses for <see cref="Namespace"/>.</summary>
    public const string Prefix = "bg";

    /// <summary>The root element.</summary>
    public const string Root = "paper";

    /// <summary>The data as the paper was made from it.</summary>
    public const string Data = "data";

    /// <summary>The list of fields the paper's controls show.</summary>
    public const string Fields = "fields";

    /// <summary>One field: its text is what its bound controls show and edit.</summary>
    public const string Field = "field";

    /// <summary>The w:dataBinding prefix mappings for <see cref="Namespace"/>.</summary>
    public const string PrefixMappings = "xmlns:" + Prefix + "='" + Namespace + "'";

    /// <summary>The XPath of field number <paramref name="position"/> (1-based).</summary>
    public static string FieldXPath(int position) =>
        $"/{Prefix}:{Root}[1]/{Prefix}:{Fields}[1]/{Prefix}:{Field}[{position.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>The field position an XPath made by <see cref="FieldXPath"/> names, or 0 for any other XPath.</summary>
    public static int PositionOf(string? xpath)
    {
        var start = FieldXPath(1)[..^2];
        if (xpath is null || !xpath.StartsWith(start, StringComparison.Ordinal) || !xpath.EndsWith(']'))
        {
            return 0;
        }

        return int.TryParse(xpath.AsSpan(start.Length, xpath.Length - start.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position > 0 ? position : 0;
    }
}
