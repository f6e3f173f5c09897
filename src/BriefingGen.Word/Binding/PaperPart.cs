using System.Globalization;

namespace BriefingGen.Word.Binding;

/// <summary>
/// The names of the custom XML part a paper carries its data in: the namespace, the elements and
/// attributes, and the XPath a bound content control uses to reach its field. Fields are reached
/// by position, never by a key or a value, so no text from the data ever lands in an XPath.
/// <code>
/// &lt;paper xmlns="urn:briefinggen:paper:1" pack="policy-brief" version="2.0"&gt;
///   &lt;data&gt;&lt;map&gt;&lt;entry key="title"&gt;&lt;string&gt;Norway's policy…&lt;/string&gt;&lt;/entry&gt;…&lt;/map&gt;&lt;/data&gt;
///   &lt;fields&gt;&lt;field path="title" label="Title" form="text" printed="Norway’s policy…"&gt;&lt;value&gt;Norway’s policy…&lt;/value&gt;&lt;/field&gt;…&lt;/fields&gt;
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

    /// <summary>One field: its attributes say where its value is and what it showed when the paper was made.</summary>
    public const string Field = "field";

    /// <summary>
    /// A field's value, the text its bound controls show and edit. It is an element of its own
    /// because an editor that writes an edit back may replace the whole element it is bound to.
    /// </summary>
    public const string Value = "value";

    /// <summary>The field positions of the body's unbound controls in reading order, separated by spaces.</summary>
    public const string UnboundOrder = "unbound-order";

    /// <summary>The same for the headers and footers, in the order the sections name them.</summary>
    public const string FurnitureOrder = "furniture-order";

    /// <summary>The w:dataBinding prefix mappings for <see cref="Namespace"/>.</summary>
    public const string PrefixMappings = "xmlns:" + Prefix + "='" + Namespace + "'";

    /// <summary>The XPath of field number <paramref name="position"/> (1-based).</summary>
    public static string FieldXPath(int position) =>
        $"{FieldsXPath}{position.ToString(CultureInfo.InvariantCulture)}{ValueXPath}";

    /// <summary>The field position an XPath made by <see cref="FieldXPath"/> names, or 0 for any other XPath.</summary>
    public static int PositionOf(string? xpath)
    {
        if (xpath is null || !xpath.StartsWith(FieldsXPath, StringComparison.Ordinal) || !xpath.EndsWith(ValueXPath, StringComparison.Ordinal))
        {
            return 0;
        }

        var digits = xpath.AsSpan(FieldsXPath.Length, xpath.Length - FieldsXPath.Length - ValueXPath.Length);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var position) && position > 0 ? position : 0;
    }

    private static string FieldsXPath => $"/{Prefix}:{Root}[1]/{Prefix}:{Fields}[1]/{Prefix}:{Field}[";

    private static string ValueXPath => $"]/{Prefix}:{Value}[1]";
}
