using System.Text;
using System.Xml;

namespace BriefingGen.Word.Binding;

/// <summary>
/// How the part's XML is written: UTF-8 without a byte-order mark, no indentation (white space in
/// a value is the value's), and line breaks and tabs written as character references so no XML
/// reader's normalisation can change them.
/// </summary>
internal static class PartXmlSettings
{
    /// <summary>For the whole part.</summary>
    public static XmlWriterSettings Document { get; } = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    };

    /// <summary>For the data tree written on its own, to be placed in the part.</summary>
    public static XmlWriterSettings Fragment { get; } = new()
    {
        ConformanceLevel = ConformanceLevel.Fragment,
        Indent = false,
        NewLineHandling = NewLineHandling.Entitize,
    };
}
